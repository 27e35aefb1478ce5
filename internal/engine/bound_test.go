package engine_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/mapilint/mapilint/internal/adversarial"
	"github.com/mapilint/mapilint/internal/engine"
	"github.com/mapilint/mapilint/internal/flow"
	"github.com/mapilint/mapilint/passes/abortflag"
	"github.com/mapilint/mapilint/passes/releaseorder"
	"github.com/mapilint/mapilint/passes/storelogoff"
)

// run loads the packages matching patterns from the GOPATH tree gopath
// (as analysistest lays out testdata) and runs the engine and the passes.
// strict: every package must load (testdata has packages that must not,
// for other tests: those are skipped, and logged).
func run(t *testing.T, gopath, goos string, strict bool, patterns ...string) ([]engine.Cost, []string) {
	t.Helper()
	cfg := &packages.Config{
		Mode:  packages.LoadAllSyntax,
		Dir:   filepath.Join(gopath, "src"),
		Env:   append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOPROXY=off", "GOOS="+goos, "CGO_ENABLED=0"),
		Tests: false,
	}
	pkgs, err := packages.Load(cfg, patterns...)
	require.NoError(t, err)
	var ok []*packages.Package
	for _, p := range pkgs {
		if len(p.Errors) == 0 {
			ok = append(ok, p)
		} else if !strict {
			t.Logf("skipped %s: %v", p.PkgPath, p.Errors[0])
		} else {
			t.Errorf("%s does not load: %v", p.PkgPath, p.Errors)
		}
	}
	require.NotEmpty(t, ok)
	graph, err := checker.Analyze([]*analysis.Analyzer{engine.Analyzer, storelogoff.Analyzer, releaseorder.Analyzer, abortflag.Analyzer}, ok, nil)
	require.NoError(t, err)
	var costs []engine.Cost
	var diags []string
	for act := range graph.All() {
		require.NoError(t, act.Err)
		if res, ok := act.Result.(*engine.Result); ok {
			costs = append(costs, res.Costs...)
		}
		if act.IsRoot {
			for _, d := range act.Diagnostics {
				diags = append(diags, fmt.Sprintf("%s: %s: %s", act.Package.Fset.Position(d.Pos), act.Analyzer.Name, d.Message))
			}
		}
	}
	return costs, diags
}

// checkBound asserts that every analysis kept the bound and none gave up.
func checkBound(t *testing.T, costs []engine.Cost) {
	t.Helper()
	require.NotEmpty(t, costs)
	worst := 0.0
	for _, c := range costs {
		require.False(t, c.Incomplete, "%s gave up (work %d, size %d)", c.Func, c.Work, c.Size)
		require.LessOrEqual(t, c.Work, flow.WorkBound(c.Size), "%s: work %d for %d instructions", c.Func, c.Work, c.Size)
		worst = max(worst, float64(c.Work)/float64(c.Size))
	}
	t.Logf("%d analyses, worst work per instruction %.1f", len(costs), worst)
}

// TestBoundTestdata: every function the engine analyses in testdata.
func TestBoundTestdata(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	require.NoError(t, err)
	for _, goos := range []string{"linux", "windows"} {
		t.Run(goos, func(t *testing.T) {
			costs, _ := run(t, dir, goos, false, "./...")
			checkBound(t, costs)
		})
	}
}

// TestBoundAdversarial: every shape of the adversarial generator, small
// and large, keeps the bound and, being correct code, gets no diagnostic.
func TestBoundAdversarial(t *testing.T) {
	gopath := t.TempDir()
	var patterns []string
	for _, shape := range adversarial.Shapes() {
		for _, n := range []int{4, 40, 200} {
			pkg := fmt.Sprintf("adv%s%d", shape, n)
			dir := filepath.Join(gopath, "src", pkg)
			require.NoError(t, os.MkdirAll(dir, 0o755))
			require.NoError(t, os.WriteFile(filepath.Join(dir, "store.go"), adversarial.Generate(pkg, shape, n), 0o644))
			patterns = append(patterns, pkg)
		}
	}
	costs, diags := run(t, gopath, "linux", true, patterns...)
	require.Empty(t, diags, "diagnostics on correct code:\n%s", strings.Join(diags, "\n"))
	checkBound(t, costs)
	for _, c := range costs {
		if strings.Contains(c.Func, "Release") || strings.Contains(c.Func, "StoreLogoff") {
			t.Logf("%-50s work %7d size %5d bounded %v", c.Func, c.Work, c.Size, c.Bounded)
		}
	}
}
