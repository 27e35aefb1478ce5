package engine_test

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/mapilint/mapilint/internal/engine"
	"github.com/mapilint/mapilint/internal/flow"
	"github.com/mapilint/mapilint/internal/model"
	"github.com/mapilint/mapilint/passes/abortflag"
	"github.com/mapilint/mapilint/passes/releaseorder"
	"github.com/mapilint/mapilint/passes/storelogoff"
)

// TestOddGo runs every pass over odd but valid Go around correct stores
// (method values, embedding, generics, recursion, goto, select): no
// diagnostic, no panic.
func TestOddGo(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	require.NoError(t, err)
	for _, a := range []*analysis.Analyzer{storelogoff.Analyzer, releaseorder.Analyzer, abortflag.Analyzer} {
		t.Run(a.Name, func(t *testing.T) {
			analysistest.Run(t, dir, a, "oddgo")
		})
	}
}

// verdicts reports, at each store's Release, what the engine concluded on
// its final and non-final paths, so a test can assert the verdicts.
var verdicts = &analysis.Analyzer{
	Name:     "verdicts",
	Doc:      "report the engine's verdicts on each Release",
	Requires: []*analysis.Analyzer{engine.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		for _, st := range pass.ResultOf[engine.Analyzer].(*engine.Result).Stores {
			if st.Release == nil {
				continue
			}
			final := map[string]bool{}
			notFinal := map[string]bool{}
			for _, e := range st.Release.Exits {
				t := e.Tuple
				if !st.MayBeFinal(t) {
					notFinal[fmt.Sprintf("released=%d", t.Releases)] = true
					continue
				}
				if t.World&flow.Fresh != 0 {
					final[fmt.Sprintf("fresh slt=%d", t.SLT)] = true
				}
				if t.World&flow.LoggedOff != 0 {
					final[fmt.Sprintf("logged-off slt=%d", t.SLT)] = true
				}
				final[fmt.Sprintf("released=%d", t.Releases)] = true
			}
			msg := "final: " + strings.Join(sorted(final), " ")
			if len(notFinal) > 0 {
				msg += "; not final: " + strings.Join(sorted(notFinal), " ")
			}
			pass.Reportf(model.NamePos(st.Release.Fn), "%s", msg)
		}
		return nil, nil
	},
}

func sorted(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// TestVerdicts asserts the engine's verdicts on pathological code.
func TestVerdicts(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	require.NoError(t, err)
	analysistest.Run(t, dir, verdicts, "verdicts")
}

// TestBadInput runs every pass over unusual input around stores: mutual
// recursion, a generated file (checked), a cgo file, a very large function.
func TestBadInput(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	require.NoError(t, err)
	analysistest.Run(t, dir, abortflag.Analyzer, "badinput")
	// The other passes must report nothing there: the only complaints
	// allowed are about abortflag's expectation they do not meet.
	for _, a := range []*analysis.Analyzer{storelogoff.Analyzer, releaseorder.Analyzer} {
		t.Run(a.Name, func(t *testing.T) {
			rec := &recorder{}
			analysistest.Run(rec, dir, a, "badinput")
			require.NotEmpty(t, rec.errors)
			for _, e := range rec.errors {
				require.Contains(t, e, "no diagnostic was reported matching `Release does not call")
			}
		})
	}
}

// recorder collects what analysistest would report as test failures.
type recorder struct{ errors []string }

func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}

// TestGaveUp: an analysis past its work budget reports nothing about its
// function, and -gaveup names it.
func TestGaveUp(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	require.NoError(t, err)
	defer engine.SetBudget(1)()
	require.NoError(t, storelogoff.Analyzer.Flags.Set("gaveup", "true"))
	defer func() { require.NoError(t, storelogoff.Analyzer.Flags.Set("gaveup", "false")) }()
	analysistest.Run(t, dir, storelogoff.Analyzer, "gaveup")
	for _, a := range []*analysis.Analyzer{releaseorder.Analyzer, abortflag.Analyzer} {
		analysistest.Run(t, dir, a, "gaveup/silent")
	}
}
