package releaseorder_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/mapilint/mapilint/passes/releaseorder"
)

// TestSuggestedFixes applies the fix of every "Release returns here without
// releasing the support object" diagnostic under testdata/src/fixes/releaseorder
// and compares each edited file with its .go.golden (after gofmt).
func TestSuggestedFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, testdata(t), releaseorder.Analyzer, "fixes/releaseorder/...")
}
