package releaseorder_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/mapilint/mapilint/passes/releaseorder"
)

// testdata returns the absolute path of the shared GOPATH-style testdata
// tree (testdata/src/releaseorder/... holds this pass's inputs).
func testdata(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	require.NoError(t, err)
	info, err := os.Stat(filepath.Join(dir, "src", "releaseorder"))
	require.NoError(t, err)
	require.True(t, info.IsDir())
	return dir
}

func TestAnalyzer(t *testing.T) {
	require.Equal(t, "releaseorder", releaseorder.Analyzer.Name)
	analysistest.Run(t, testdata(t), releaseorder.Analyzer, "releaseorder/...")
}
