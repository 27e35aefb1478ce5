package abortflag_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/mapilint/mapilint/passes/abortflag"
)

// TestIgnore checks //mapilint:ignore with abortflag: its diagnostics are
// silenced by a directive naming it on the same line or the line above (all
// of them on that line), not by one naming another pass; its directives
// without a reason or that silence nothing are reported; directives naming
// an unknown pass or another pass are left to their owners.
func TestIgnore(t *testing.T) {
	analysistest.Run(t, testdata(t), abortflag.Analyzer, "ignore/abortflag")
}
