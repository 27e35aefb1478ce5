package engine_test

import (
	"go/build"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/mapilint/mapilint/internal/engine"
	"github.com/mapilint/mapilint/passes/abortflag"
	"github.com/mapilint/mapilint/passes/releaseorder"
	"github.com/mapilint/mapilint/passes/storelogoff"
)

// realisticPasses are the three analyzers the realistic corpus is checked
// with: every package carries the want comments of all three.
var realisticPasses = []*analysis.Analyzer{storelogoff.Analyzer, releaseorder.Analyzer, abortflag.Analyzer}

// allPasses runs the three analyzers as one, so that one analysistest run
// over a package checks the want comments of all three (analysistest takes
// one analyzer, and each package of the corpus expects diagnostics of
// several). Each pass runs with its own Analyzer in the Pass, as it would
// alone.
var allPasses = &analysis.Analyzer{
	Name:     "realistic",
	Doc:      "storelogoff, releaseorder and abortflag together",
	Requires: []*analysis.Analyzer{engine.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		for _, a := range realisticPasses {
			p := *pass
			p.Analyzer = a
			if _, err := a.Run(&p); err != nil {
				return nil, err
			}
		}
		return nil, nil
	},
}

// realisticPackages returns the import paths of the packages under
// testdata/src/realistic that have Go files for goos (buildable, test
// files aside), and for each whether any of them is limited to goos by a
// build constraint or file name.
func realisticPackages(t *testing.T, dir, goos string) (pkgs []string, osSpecific map[string]bool) {
	t.Helper()
	ctx := build.Default
	ctx.GOOS = goos
	ctx.GOPATH = dir
	ctx.CgoEnabled = false
	osSpecific = map[string]bool{}
	root := filepath.Join(dir, "src", "realistic")
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return err
		}
		p, err := ctx.ImportDir(path, 0)
		if err != nil {
			if _, ok := err.(*build.NoGoError); ok {
				return nil
			}
			return err
		}
		rel, err := filepath.Rel(filepath.Join(dir, "src"), path)
		if err != nil {
			return err
		}
		ip := filepath.ToSlash(rel)
		pkgs = append(pkgs, ip)
		for _, f := range p.GoFiles {
			if strings.HasSuffix(f, "_"+goos+".go") || fileHasBuildTag(t, filepath.Join(path, f), goos) {
				osSpecific[ip] = true
			}
		}
		return nil
	})
	require.NoError(t, err)
	sort.Strings(pkgs)
	return pkgs, osSpecific
}

// fileHasBuildTag reports whether the file's //go:build line names goos.
func fileHasBuildTag(t *testing.T, path, goos string) bool {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "//go:build ") {
			return strings.Contains(line, goos)
		}
		if strings.HasPrefix(line, "package ") {
			break
		}
	}
	return false
}

// TestRealistic runs storelogoff, releaseorder and abortflag over the
// realistic corpus (testdata/src/realistic: stores ported from the
// shutdown code of public C/C++ MAPI message store providers, see its
// SOURCES.md): with GOOS=linux over every package, and with GOOS=windows
// over the packages that have Windows-only files. Every want comment must
// be met and nothing else reported: precision and recall 100%.
func TestRealistic(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	require.NoError(t, err)
	for _, goos := range []string{"linux", "windows"} {
		pkgs, osSpecific := realisticPackages(t, dir, goos)
		require.NotEmpty(t, pkgs)
		var checked []string
		for _, pkg := range pkgs {
			if goos == "linux" || osSpecific[pkg] {
				checked = append(checked, pkg)
			}
		}
		t.Run(goos, func(t *testing.T) {
			t.Setenv("GOOS", goos)
			// One run for all: each run loads and analyses the standard
			// library the corpus imports again.
			analysistest.Run(t, dir, allPasses, checked...)
		})
	}
}
