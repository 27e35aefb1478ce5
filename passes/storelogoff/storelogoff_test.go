package storelogoff_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/mapilint/mapilint/passes/storelogoff"
)

// testdata returns the absolute path of the shared GOPATH-style testdata
// tree (testdata/src/<pkg>) at the module root.
func testdata(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	require.NoError(t, err)
	info, err := os.Stat(filepath.Join(dir, "src", "storelogoff"))
	require.NoError(t, err, "testdata tree missing")
	require.True(t, info.IsDir())
	return dir
}

// TestStoreLogoff runs the pass over every store shape (methods, generic,
// vtable wrapper, directive), the tracking idioms, the look-alikes, the
// helper and closure cases, the deferred protocol, and the cross-package
// helpers in storelogoff/extern used by storelogoff/crosspkg.
func TestStoreLogoff(t *testing.T) {
	analysistest.Run(t, testdata(t), storelogoff.Analyzer, "storelogoff/...")
}

// TestStoreLogoffWindows runs the pass over the Windows-only provider
// (vtable callbacks registered with syscall.NewCallback, raw
// syscall.SyscallN calls on the support object), type-checked as windows.
func TestStoreLogoffWindows(t *testing.T) {
	t.Setenv("GOOS", "windows")
	dir := testdata(t)
	_, err := os.Stat(filepath.Join(dir, "src", "storelogoffwin"))
	require.NoError(t, err)
	analysistest.Run(t, dir, storelogoff.Analyzer, "storelogoffwin")
}

// TestHarmlessFlag checks that -harmless names more calls that may come
// before StoreLogoffTransports.
func TestHarmlessFlag(t *testing.T) {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	require.NoError(t, err)
	require.NoError(t, storelogoff.Analyzer.Flags.Set("harmless", "storelogoff/plainlib.Flush"))
	t.Cleanup(func() { storelogoff.Analyzer.Flags.Set("harmless", "") })
	analysistest.Run(t, dir, storelogoff.Analyzer, "storelogoffflag")
}
