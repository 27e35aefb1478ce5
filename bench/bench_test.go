package main

// Go benchmarks of the analysis itself (no process start, no go list in
// the timed loop): checker.Analyze of mapilint's three passes on the
// pathological module and on one dense store package, loaded once with
// go/packages from a generated temporary module; run
//
//	go test -run '^$' -bench . ./bench
//
// The tests check the verdicts on the generated corpora (not with -short:
// they load the standard library from source) and the making of the
// golangci-lint binary without the plugin; they time nothing. The com and
// gcl workloads need the module proxy and minutes, so only go run ./bench
// runs them.

import (
	"fmt"
	"go/format"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/mapilint/mapilint/passes/abortflag"
	"github.com/mapilint/mapilint/passes/releaseorder"
	"github.com/mapilint/mapilint/passes/storelogoff"
)

var passes = []*analysis.Analyzer{storelogoff.Analyzer, releaseorder.Analyzer, abortflag.Analyzer}

// load loads patterns in dir with everything checker.Analyze needs
// (syntax and types of the dependencies too: the engine exports facts).
func load(b testing.TB, dir string, patterns ...string) []*packages.Package {
	b.Helper()
	cfg := &packages.Config{Mode: packages.LoadAllSyntax, Dir: dir}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		b.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		b.Fatal("packages had errors")
	}
	return pkgs
}

// analyze runs the three passes once and returns the root diagnostics as
// "analyzer file:line: message".
func analyze(b testing.TB, pkgs []*packages.Package) []string {
	graph, err := checker.Analyze(passes, pkgs, nil)
	if err != nil {
		b.Fatal(err)
	}
	var diags []string
	for act := range graph.All() {
		if act.Err != nil {
			b.Fatalf("%s: %v", act, act.Err)
		}
		if !act.IsRoot {
			continue
		}
		for _, d := range act.Diagnostics {
			posn := act.Package.Fset.Position(d.Pos)
			diags = append(diags, fmt.Sprintf("%s %s:%d: %s", act.Analyzer.Name, filepath.Base(posn.Filename), posn.Line, d.Message))
		}
	}
	return diags
}

// bench checks the verdicts once, then times checker.Analyze.
func bench(b *testing.B, pkgs []*packages.Package, want []string) {
	got := analyze(b, pkgs)
	if fmt.Sprint(got) != fmt.Sprint(want) {
		b.Fatalf("diagnostics:\n got %q\nwant %q", got, want)
	}
	b.ReportAllocs()
	for b.Loop() {
		analyze(b, pkgs)
	}
}

// BenchmarkPathological: Release calling a helper with 40 independent ifs
// and a 200-case switch, correct (package good) and with one violation
// (package bad).
func BenchmarkPathological(b *testing.B) {
	dir := b.TempDir()
	expected, err := genPatho(dir)
	if err != nil {
		b.Fatal(err)
	}
	var want []string
	for _, e := range expected {
		want = append(want, fmt.Sprintf("%s %s:%d: %s", e.Analyzer, e.File, e.Line, e.Message))
	}
	for _, sub := range []struct {
		name string
		want []string
	}{{"good", nil}, {"bad", want}} {
		b.Run(sub.name, func(b *testing.B) {
			bench(b, load(b, dir, "./"+sub.name), sub.want)
		})
	}
}

// BenchmarkDenseStore: one realistic store package of the dense corpus
// for each protocol shape (eager, eager with a teardown helper,
// deferred). checker.Analyze also runs the engine on the package's
// dependencies (the standard library packages it imports, loaded from
// source), as the standalone driver does.
func BenchmarkDenseStore(b *testing.B) {
	dir := b.TempDir()
	if err := genDense(dir, 3); err != nil {
		b.Fatal(err)
	}
	for i, shape := range []string{"eager", "teardown", "deferred"} {
		b.Run(shape, func(b *testing.B) {
			bench(b, load(b, dir, "./"+denseStore(i).Pkg), nil)
		})
	}
}

// TestVerdicts asserts the verdicts on the generated corpora that the
// benchmarks time: the dense stores (each protocol shape) are correct, and
// the pathological package reports exactly its one planted violation.
func TestVerdicts(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the standard library from source")
	}
	dir := t.TempDir()
	require.NoError(t, genDense(dir, 3))
	for i := range 3 {
		assert.Empty(t, analyze(t, load(t, dir, "./"+denseStore(i).Pkg)), "dense store %d", i)
	}
	pdir := t.TempDir()
	expected, err := genPatho(pdir)
	require.NoError(t, err)
	var want []string
	for _, e := range expected {
		want = append(want, fmt.Sprintf("%s %s:%d: %s", e.Analyzer, e.File, e.Line, e.Message))
	}
	assert.Empty(t, analyze(t, load(t, pdir, "./good")))
	assert.Equal(t, want, analyze(t, load(t, pdir, "./bad")))
}

// TestAdversarialVerdicts: the adversarial corpus is correct code, so
// mapilint reports nothing on it. Small sizes of the bench's own shapes
// (bit tests, loadEntity) and of internal/adversarial's (whose large sizes
// internal/engine's bound tests cover).
func TestAdversarialVerdicts(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the standard library from source")
	}
	dir := t.TempDir()
	require.NoError(t, writeFile(dir, "go.mod", goMod(adversarialModule)))
	require.NoError(t, genBitTest(filepath.Join(dir, "bittest"), 2, 40))
	require.NoError(t, genLoadEntity(filepath.Join(dir, "loadentity")))
	require.NoError(t, genInternalAdversarial(filepath.Join(dir, "generated"), 4))
	assert.Empty(t, analyze(t, load(t, dir, "./...")))
}

// TestDropPluginImport: the golangci-lint binary without mapilint is
// integration/golangci's main.go less the plugin's blank import, and it
// still parses.
func TestDropPluginImport(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "integration", "golangci", "main.go"))
	require.NoError(t, err)
	without, err := dropPluginImport(string(src))
	require.NoError(t, err)
	assert.NotContains(t, without, `_ "github.com/mapilint/mapilint/gclplugin"`)
	assert.Contains(t, without, `"github.com/golangci/golangci-lint/v2/pkg/commands"`)
	assert.Equal(t, strings.Count(string(src), "\n")-strings.Count(without, "\n"), 3, "the import and its two comment lines")
	_, err = format.Source([]byte(without))
	assert.NoError(t, err)
	_, err = dropPluginImport(without)
	assert.Error(t, err)
}
