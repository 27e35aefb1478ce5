package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestIgnoreEndToEnd checks //mapilint:ignore through the real entry points:
// a directive silences releaseorder's diagnostic under go vet -vettool and
// standalone, and keeps go fix from applying its fix; a directive naming
// the wrong pass leaves the diagnostic and is reported once, as stale, by
// the pass it names.
func TestIgnoreEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test builds mapilint and runs the go command; skipped in -short mode")
	}
	goCmd := goTool(t)
	bin := buildMapilint(t, goCmd)

	dir := copyModule(t, testdataModule(t, "vetmod"))
	// ro2.go:34 is the early `return 0` releaseorder reports; af1.go:19 is
	// ForgetfulStore.Release, which abortflag reports.
	addTrailing(t, dir, "ro2.go", 34, "//mapilint:ignore releaseorder the cache owner releases the support object")
	addTrailing(t, dir, "af1.go", 19, "//mapilint:ignore releaseorder names the wrong pass")
	const stale = "mapilint:ignore directive for releaseorder silences nothing"
	want := []diag{vetmodDiags[0], vetmodDiags[2], {"af1.go", 19, stale}}

	for name, args := range map[string][]string{
		"govet":      {goCmd, "vet", "-vettool=" + bin, "./..."},
		"standalone": {bin, "./..."},
	} {
		t.Run(name, func(t *testing.T) {
			out, code := run(t, dir, args[0], args[1:]...)
			assert.NotEqual(t, 0, code, "output:\n%s", out)
			requireDiags(t, out, want)
			assert.NotContains(t, out, msgRO2, "the directive must silence releaseorder at ro2.go:34")
			assert.Equal(t, 1, strings.Count(out, stale), "the stale directive is reported once:\n%s", out)
			assert.Equal(t, len(want), countDiagLines(out), "output:\n%s", out)
		})
	}

	t.Run("gofix", func(t *testing.T) {
		dir := copyModule(t, testdataModule(t, "fixmod"))
		addTrailing(t, dir, "leaky.go", 34, "//mapilint:ignore releaseorder the cache owner releases the support object")
		out, code := run(t, dir, goCmd, "fix", "-fixtool="+bin, "./...")
		require.Equal(t, 0, code, "go fix -fixtool failed; output:\n%s", out)
		assert.Equal(t, 1, strings.Count(readFile(t, dir, "leaky.go"), "s.support.Release()"),
			"go fix must not apply the fix of a silenced diagnostic:\n%s", readFile(t, dir, "leaky.go"))
		assert.Equal(t, 2, strings.Count(readFile(t, dir, "forgetful.go"), "StoreLogoffTransports("),
			"go fix still applies the other fix:\n%s", readFile(t, dir, "forgetful.go"))
	})
}

// addTrailing appends a comment to line n (1-based) of the file name in dir.
func addTrailing(t *testing.T, dir, name string, n int, comment string) {
	t.Helper()
	path := filepath.Join(dir, name)
	lines := strings.Split(readFile(t, dir, name), "\n")
	require.Less(t, n-1, len(lines))
	require.NotRegexp(t, regexp.MustCompile(`^\s*$`), lines[n-1], "%s:%d is empty", name, n)
	lines[n-1] += " " + comment
	require.NoError(t, os.WriteFile(path, []byte(strings.Join(lines, "\n")), 0o644))
}
