package releaseorder_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/mapilint/mapilint/passes/releaseorder"
)

// TestIgnore checks //mapilint:ignore with releaseorder: its diagnostics are
// silenced by a directive naming it on the same line or the line above, not
// by one naming another pass; its directives without a reason or that
// silence nothing are reported; directives naming an unknown pass or
// another pass are left to their owners.
func TestIgnore(t *testing.T) {
	analysistest.Run(t, testdata(t), releaseorder.Analyzer, "ignore/releaseorder")
}

// TestIgnoreBounded: a directive that silences nothing in a function whose
// analysis joined paths to keep the engine's bound is not reported.
func TestIgnoreBounded(t *testing.T) {
	analysistest.Run(t, testdata(t), releaseorder.Analyzer, "ignore/bounded")
}
