//go:build mapilint_smallbound

package engine_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/mapilint/mapilint/passes/abortflag"
	"github.com/mapilint/mapilint/passes/releaseorder"
	"github.com/mapilint/mapilint/passes/storelogoff"
)

// TestSmallBoundIsPrecise runs every pass over all of testdata with the
// engine keeping 2 tuples a program point instead of 16 (build tag
// mapilint_smallbound), so that it joins paths in most functions: a
// diagnostic the want comments do not expect would be a false positive
// made by widening. Missing ones are the recall the bound may cost.
func TestSmallBoundIsPrecise(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	require.NoError(t, err)
	// The packages each pass's own tests run it on.
	suites := []struct {
		a        *analysis.Analyzer
		goos     string
		patterns []string
	}{
		{storelogoff.Analyzer, "linux", []string{"storelogoff/...", "ignore/storelogoff", "oddgo", "difftest/regressions/storelogoff/..."}},
		{storelogoff.Analyzer, "windows", []string{"storelogoffwin"}},
		{releaseorder.Analyzer, "linux", []string{"releaseorder/...", "ignore/releaseorder", "fixes/releaseorder/...", "oddgo", "difftest/regressions/releaseorder/..."}},
		{releaseorder.Analyzer, "windows", []string{"releaseorderwin"}},
		{abortflag.Analyzer, "linux", []string{"abortflag/...", "ignore/abortflag", "fixes/abortflag/...", "oddgo", "badinput", "difftest/regressions/abortflag/..."}},
		{abortflag.Analyzer, "windows", []string{"abortflagwin"}},
	}
	for _, s := range suites {
		t.Setenv("GOOS", s.goos)
		rec := &recorder{}
		analysistest.Run(rec, dir, s.a, s.patterns...)
		missing := 0
		for _, e := range rec.errors {
			if strings.Contains(e, "unexpected diagnostic") {
				t.Errorf("%s, GOOS=%s: %s", s.a.Name, s.goos, e)
			}
			if strings.Contains(e, "no diagnostic was reported") {
				missing++
			}
		}
		t.Logf("%s on %v: %d expected diagnostics not reported with the small bound", s.a.Name, s.patterns, missing)
	}
}
