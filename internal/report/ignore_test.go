package report_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/mapilint/mapilint/internal/report"
	"github.com/mapilint/mapilint/passes/abortflag"
	"github.com/mapilint/mapilint/passes/releaseorder"
	"github.com/mapilint/mapilint/passes/storelogoff"
)

// TestPasses keeps the names a directive may use in step with the analyzers.
func TestPasses(t *testing.T) {
	var names []string
	for _, a := range []*analysis.Analyzer{storelogoff.Analyzer, releaseorder.Analyzer, abortflag.Analyzer} {
		names = append(names, a.Name)
	}
	assert.Equal(t, names, report.Passes)
	assert.Contains(t, report.Passes, report.UnknownOwner)
}

// errors collects analysistest's complaints. The package analysed here has
// no want comments: the test compares the diagnostics of all three passes
// itself, so "unexpected diagnostic" complaints are expected.
type errors []string

func (e *errors) Errorf(format string, args ...any) { *e = append(*e, fmt.Sprintf(format, args...)) }

// TestIgnoreAcrossPasses runs the three passes over one package and checks
// that every directive problem is reported once, by its owner: a directive
// naming the wrong pass leaves the diagnostic and is stale for the pass it
// names, the unknown and the nameless directives are reported by
// storelogoff only, a reasonless one by the pass it names only.
func TestIgnoreAcrossPasses(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	require.NoError(t, err)
	src, err := os.ReadFile(filepath.Join(dir, "src", "ignore", "cross", "cross.go"))
	require.NoError(t, err)
	lines := strings.Split(string(src), "\n")
	// lineOf returns the line that is s, or else the first that contains s.
	lineOf := func(s string) int {
		i := slices.IndexFunc(lines, func(l string) bool { return strings.TrimSpace(l) == s })
		if i < 0 {
			i = slices.IndexFunc(lines, func(l string) bool { return strings.Contains(l, s) })
		}
		require.GreaterOrEqual(t, i, 0, "no line contains %q", s)
		return i + 1
	}

	var got []string
	for _, a := range []*analysis.Analyzer{storelogoff.Analyzer, releaseorder.Analyzer, abortflag.Analyzer} {
		var errs errors
		results := analysistest.Run(&errs, dir, a, "ignore/cross")
		require.Len(t, results, 1, "loading ignore/cross: %v", errs)
		require.NoError(t, results[0].Err)
		for _, d := range results[0].Diagnostics {
			posn := results[0].Pass.Fset.Position(d.Pos)
			got = append(got, fmt.Sprintf("%d %s: %s", posn.Line, a.Name, d.Message))
		}
	}
	want := []string{
		fmt.Sprintf("%d storelogoff: call to s.inbox.Close runs before s.support.StoreLogoffTransports; StoreLogoff must begin with that call", lineOf("s.inbox.Close()")),
		fmt.Sprintf("%d releaseorder: mapilint:ignore directive for releaseorder silences nothing", lineOf("[wrong pass]")),
		fmt.Sprintf("%d storelogoff: mapilint:ignore names unknown pass %q", lineOf("[unknown]"), "relaseorder"),
		fmt.Sprintf("%d storelogoff: mapilint:ignore directive needs a pass name and a reason", lineOf("//mapilint:ignore")),
		fmt.Sprintf("%d abortflag: mapilint:ignore directive for abortflag needs a reason", lineOf("//mapilint:ignore abortflag")),
	}
	assert.ElementsMatch(t, want, got)
}
