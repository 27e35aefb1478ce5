package engine_test

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/mapilint/mapilint/passes/releaseorder"
	"github.com/mapilint/mapilint/passes/storelogoff"
)

// TestSummaryShape: a helper in another package gets a Summary only when
// it takes a value of the support object's (or a store's) shape. Stores
// calling summaryshape/comlib's support-shaped helpers are reported as if
// the helpers' code were theirs; handing the support object to a helper
// that takes only a Releaser is unknown code getting it: silent.
func TestSummaryShape(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	require.NoError(t, err)
	t.Run("storelogoff", func(t *testing.T) {
		analysistest.Run(t, dir, storelogoff.Analyzer, "summaryshape/logoff", "summaryshape/comlib")
	})
	t.Run("releaseorder", func(t *testing.T) {
		analysistest.Run(t, dir, releaseorder.Analyzer, "summaryshape/releasing", "summaryshape/comlib")
	})
}
