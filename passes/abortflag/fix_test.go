package abortflag_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/mapilint/mapilint/passes/abortflag"
)

// TestSuggestedFixes applies the fix of every AF1 diagnostic ("Release does
// not call ...(LOGOFF_ABORT) on a final path ...") under
// testdata/src/fixes/abortflag and compares each edited file with its
// .go.golden (after gofmt). A file without a golden file must receive no
// edits.
func TestSuggestedFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), abortflag.Analyzer, "fixes/abortflag/...")
}
