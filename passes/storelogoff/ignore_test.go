package storelogoff_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/mapilint/mapilint/passes/storelogoff"
)

// TestIgnore checks //mapilint:ignore with storelogoff: its diagnostics are
// silenced by a directive naming it on the same line or the line above, not
// by one naming another pass; its directives without a reason or that
// silence nothing are reported; and, as the owner of directives that name
// no known pass, it reports those (and directives with no pass at all).
func TestIgnore(t *testing.T) {
	analysistest.Run(t, testdata(t), storelogoff.Analyzer, "ignore/storelogoff")
}
