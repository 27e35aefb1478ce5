package abortflag_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/mapilint/mapilint/passes/abortflag"
)

// testdata returns the absolute path of the shared GOPATH-style testdata
// tree (testdata/src/abortflag/... holds this pass's inputs).
func testdata(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	require.NoError(t, err)
	info, err := os.Stat(filepath.Join(dir, "src", "abortflag"))
	require.NoError(t, err)
	require.True(t, info.IsDir())
	return dir
}

func TestAnalyzer(t *testing.T) {
	require.Equal(t, "abortflag", abortflag.Analyzer.Name)
	analysistest.Run(t, testdata(t), abortflag.Analyzer, "abortflag/...")
}
