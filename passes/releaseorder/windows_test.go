package releaseorder_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/mapilint/mapilint/passes/releaseorder"
)

// TestReleaseOrderWindows runs the pass over the Windows-only provider in
// testdata/src/releaseorderwin (vtable callbacks registered with
// syscall.NewCallback, raw syscall.SyscallN calls on the support object),
// type-checked as windows.
func TestReleaseOrderWindows(t *testing.T) {
	t.Setenv("GOOS", "windows")
	dir := testdata(t)
	_, err := os.Stat(filepath.Join(dir, "src", "releaseorderwin"))
	require.NoError(t, err)
	analysistest.Run(t, dir, releaseorder.Analyzer, "releaseorderwin")
}
