package abortflag_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/mapilint/mapilint/passes/abortflag"
)

// TestAbortFlagWindows runs the pass over the Windows-only provider in
// testdata/src/abortflagwin (vtable callbacks registered with
// syscall.NewCallback, raw syscall.SyscallN calls on the support object,
// eager and deferred protocols), type-checked as windows.
func TestAbortFlagWindows(t *testing.T) {
	t.Setenv("GOOS", "windows")
	dir := testdata(t)
	_, err := os.Stat(filepath.Join(dir, "src", "abortflagwin"))
	require.NoError(t, err)
	analysistest.Run(t, dir, abortflag.Analyzer, "abortflagwin")
}
