package main

// End-to-end tests: build the mapilint command, then drive it the three ways
// users do (standalone, go vet -vettool, go fix -fixtool) on the small modules
// under testdata/e2e. Each of those modules has its own go.mod, so it is not
// part of the mapilint module.

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The contract's messages for the diagnostics the e2e modules trigger.
const (
	msgSL1 = "StoreLogoff never calls StoreLogoffTransports and does not save its flags for Release"
	msgSL3 = "call to s.closeFolders runs before s.support.StoreLogoffTransports; StoreLogoff must begin with that call"
	msgRO2 = "Release returns here without releasing the support object s.support"
	msgAF1 = "Release does not call s.support.StoreLogoffTransports(LOGOFF_ABORT) on a final path where StoreLogoff has not called it"
)

// diag is one expected diagnostic: file base name, line, exact message.
type diag struct {
	file string
	line int
	msg  string
}

// vetmodDiags are the diagnostics expected on testdata/e2e/vetmod.
var vetmodDiags = []diag{
	{"sl1.go", 9, msgSL1},  // NoopStore.StoreLogoff, at the function name
	{"ro2.go", 34, msgRO2}, // LeakyStore.Release, the early `return 0`
	{"af1.go", 19, msgAF1}, // ForgetfulStore.Release, at the function name
}

// exampleDiags are the diagnostics expected on examples/provider.
var exampleDiags = []diag{
	{"store.go", 81, msgSL3},  // s.closeFolders() in StoreLogoff
	{"store.go", 100, msgAF1}, // MsgStore.Release, at the function name
	{"store.go", 110, msgRO2}, // the early return with folders open
}

func TestEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test builds mapilint and runs the go command; skipped in -short mode")
	}
	goCmd := goTool(t)
	bin := buildMapilint(t, goCmd)
	vetmod := testdataModule(t, "vetmod")

	t.Run("standalone", func(t *testing.T) {
		out, code := run(t, vetmod, bin, "./...")
		assert.Equal(t, 3, code, "standalone mapilint exits 3 when it reports; output:\n%s", out)
		requireDiags(t, out, vetmodDiags)
		assert.NotContains(t, out, "good.go", "the correct store must not be reported")
	})

	t.Run("govet", func(t *testing.T) {
		out, code := run(t, vetmod, goCmd, "vet", "-vettool="+bin, "./...")
		assert.NotEqual(t, 0, code, "go vet -vettool must fail when mapilint reports; output:\n%s", out)
		requireDiags(t, out, vetmodDiags)
		assert.NotContains(t, out, "good.go", "the correct store must not be reported")
	})

	// go fix -fixtool works with a multichecker: go fix runs the tool as a vet
	// tool with -fix and a FixArchive in the unit config; unitchecker writes
	// the fixed files into that zip and the go command applies them.
	t.Run("gofix", func(t *testing.T) {
		src := testdataModule(t, "fixmod")
		dir := copyModule(t, src)
		before, code := run(t, dir, bin, "./...")
		require.Equal(t, 3, code, "fixmod must have diagnostics before the fix; output:\n%s", before)
		requireDiags(t, before, []diag{
			{"leaky.go", 34, msgRO2},
			{"forgetful.go", 19, msgAF1},
		})

		out, code := run(t, dir, goCmd, "fix", "-fixtool="+bin, "./...")
		require.Equal(t, 0, code, "go fix -fixtool failed; output:\n%s", out)

		// RO2's fix inserts the missing s.support.Release() before the return.
		assert.Equal(t, 2, strings.Count(readFile(t, dir, "leaky.go"), "s.support.Release()"),
			"go fix must insert s.support.Release() before the early return:\n%s", readFile(t, dir, "leaky.go"))
		// AF1's fix inserts the guarded StoreLogoffTransports(LOGOFF_ABORT) call.
		assert.Equal(t, 2, strings.Count(readFile(t, dir, "forgetful.go"), "StoreLogoffTransports("),
			"go fix must insert the guarded abort call in Release:\n%s", readFile(t, dir, "forgetful.go"))

		// The fixed module compiles and mapilint has nothing left to say.
		out, code = run(t, dir, goCmd, "build", "./...")
		require.Equal(t, 0, code, "fixed module does not build:\n%s", out)
		out, code = run(t, dir, bin, "./...")
		assert.Equal(t, 0, code, "mapilint still reports after go fix:\n%s", out)
		assert.Empty(t, strings.TrimSpace(out))

		// mapilint -fix (standalone) applies exactly the same edits.
		dir2 := copyModule(t, src)
		out, code = run(t, dir2, bin, "-fix", "./...")
		assert.Contains(t, []int{0, 3}, code, "mapilint -fix failed:\n%s", out)
		for _, name := range []string{"leaky.go", "forgetful.go"} {
			assert.Equal(t, readFile(t, dir, name), readFile(t, dir2, name), "go fix and mapilint -fix differ on %s", name)
		}
	})

	// A package that does not type-check is reported as go vet reports it,
	// and the other packages are still analysed.
	t.Run("typeerrors", func(t *testing.T) {
		dir := copyModule(t, vetmod)
		require.NoError(t, os.MkdirAll(filepath.Join(dir, "broken"), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, "broken", "broken.go"),
			[]byte("package broken\n\nfunc f() int { return \"x\" }\n"), 0o644))
		for _, args := range [][]string{{bin, "./..."}, {goCmd, "vet", "-vettool=" + bin, "./..."}} {
			out, code := run(t, dir, args[0], args[1:]...)
			assert.NotEqual(t, 0, code, "output:\n%s", out)
			assert.Regexp(t, `broken\.go:3:23: cannot use "x" \(untyped string constant\) as int value in return statement`, out)
			requireDiags(t, out, vetmodDiags)
		}
	})

	// An import that cannot be resolved is reported with the go command's own
	// words, by mapilint and by go vet; mapilint still analyses the other
	// packages (go vet stops at the go command's error, as it always does).
	t.Run("missingimport", func(t *testing.T) {
		for _, c := range []struct{ path, want string }{
			{"nosuchstdpkg/x", `broken/broken\.go:3:8: package nosuchstdpkg/x is not in std`},
			{"example.invalid/nope", `broken/broken\.go:3:8: no required module provides package example\.invalid/nope`},
		} {
			dir := copyModule(t, vetmod)
			require.NoError(t, os.MkdirAll(filepath.Join(dir, "broken"), 0o755))
			src := fmt.Sprintf("package broken\n\nimport %q\n\nvar _ = %s.Y\n", c.path, filepath.Base(c.path))
			require.NoError(t, os.WriteFile(filepath.Join(dir, "broken", "broken.go"), []byte(src), 0o644))

			out, code := run(t, dir, bin, "./...")
			assert.NotEqual(t, 0, code, "output:\n%s", out)
			assert.Regexp(t, c.want, out)
			requireDiags(t, out, vetmodDiags)
			assert.NotContains(t, out, "panic", "output:\n%s", out)

			out, code = run(t, dir, goCmd, "vet", "-vettool="+bin, "./...")
			assert.NotEqual(t, 0, code, "output:\n%s", out)
			assert.Regexp(t, c.want, out)
		}
	})

	t.Run("examples", func(t *testing.T) {
		root, err := filepath.Abs(filepath.Join("..", ".."))
		require.NoError(t, err)
		out, code := run(t, root, bin, "./examples/...")
		assert.Equal(t, 3, code, "output:\n%s", out)
		requireDiags(t, out, exampleDiags)
		assert.Equal(t, len(exampleDiags), countDiagLines(out), "examples must report exactly the three documented mistakes:\n%s", out)
	})
}

// goTool returns the go command that runs this test.
func goTool(t *testing.T) string {
	t.Helper()
	name := "go"
	if runtime.GOOS == "windows" {
		name = "go.exe"
	}
	if root := os.Getenv("GOROOT"); root != "" {
		if p := filepath.Join(root, "bin", name); fileExists(p) {
			return p
		}
	}
	p, err := exec.LookPath("go")
	if err != nil {
		t.Skipf("go command not found: %v", err)
	}
	return p
}

// buildMapilint builds this command into a temporary directory.
func buildMapilint(t *testing.T, goCmd string) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "mapilint")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	out, code := run(t, ".", goCmd, "build", "-buildvcs=false", "-o", bin, ".")
	require.Equal(t, 0, code, "go build failed:\n%s", out)
	return bin
}

// testdataModule returns the absolute path of testdata/e2e/<name>.
func testdataModule(t *testing.T, name string) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata", "e2e", name))
	require.NoError(t, err)
	require.FileExists(t, filepath.Join(dir, "go.mod"))
	return dir
}

// run runs name with args in dir and returns its combined output and exit
// status. It fails the test only if the command could not be started.
func run(t *testing.T, dir, name string, args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(),
		"GOWORK=off",        // the e2e modules stand alone
		"GOTOOLCHAIN=local", // never download a toolchain
		"GO111MODULE=on",
	)
	var buf bytes.Buffer
	cmd.Stdout = &buf
	cmd.Stderr = &buf
	err := cmd.Run()
	var exitErr *exec.ExitError
	switch {
	case err == nil:
		return buf.String(), 0
	case errors.As(err, &exitErr):
		return buf.String(), exitErr.ExitCode()
	default:
		require.NoError(t, err, "running %s %s", name, strings.Join(args, " "))
		return "", -1
	}
}

// requireDiags checks that out has a line "<...>file:line:col: msg" for each
// expected diagnostic.
func requireDiags(t *testing.T, out string, want []diag) {
	t.Helper()
	for _, d := range want {
		re := regexp.MustCompile(`(?m)(^|[\s/\\])` + regexp.QuoteMeta(d.file) + `:` + strconv.Itoa(d.line) + `:\d+: ` + regexp.QuoteMeta(d.msg))
		assert.Regexp(t, re, out, "missing diagnostic %s:%d: %s", d.file, d.line, d.msg)
	}
}

var diagLine = regexp.MustCompile(`(?m)\.go:\d+:\d+: [^\t]`)

// countDiagLines counts the lines of out that look like a diagnostic; the
// related information printed under one starts with a tab and is not one.
func countDiagLines(out string) int {
	return len(diagLine.FindAllString(out, -1))
}

// copyModule copies the module in src to a new temporary directory.
func copyModule(t *testing.T, src string) string {
	t.Helper()
	dst := t.TempDir()
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	require.NoError(t, err)
	return dst
}

func readFile(t *testing.T, dir, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, name))
	require.NoError(t, err)
	return string(data)
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
