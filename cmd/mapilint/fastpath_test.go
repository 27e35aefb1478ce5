package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestParseFast: which command lines may take the fast path, and what it
// loads and prints for them.
func TestParseFast(t *testing.T) {
	type want struct {
		json, fix, tests bool
		patterns         []string
	}
	fast := func(json, fix, tests bool, patterns ...string) *want {
		return &want{json: json, fix: fix, tests: tests, patterns: patterns}
	}
	for _, tc := range []struct {
		args []string
		want *want // nil: the full way
	}{
		{[]string{"./..."}, fast(false, false, true, "./...")},
		{[]string{"./a", "./b"}, fast(false, false, true, "./a", "./b")},
		{[]string{"-json", "./..."}, fast(true, false, true, "./...")},
		{[]string{"--json", "./..."}, fast(true, false, true, "./...")},
		{[]string{"-json=true", "./..."}, fast(true, false, true, "./...")},
		{[]string{"-json=false", "./..."}, fast(false, false, true, "./...")},
		{[]string{"-c=3", "./..."}, fast(false, false, true, "./...")},
		{[]string{"-c", "3", "./..."}, fast(false, false, true, "./...")},
		{[]string{"--c=0x3", "-json", "./..."}, fast(true, false, true, "./...")},
		{[]string{"-test", "./..."}, fast(false, false, true, "./...")},
		{[]string{"-test=true", "./..."}, fast(false, false, true, "./...")},
		{[]string{"-test=false", "./..."}, fast(false, false, false, "./...")},
		{[]string{"--test=0", "-json", "./..."}, fast(true, false, false, "./...")},
		{[]string{"-tags=windows,foo", "./..."}, fast(false, false, true, "./...")},
		{[]string{"-tags", "windows", "./..."}, fast(false, false, true, "./...")},
		{[]string{"-fix", "./..."}, fast(false, true, true, "./...")},
		{[]string{"-fix", "-diff", "./..."}, fast(false, true, true, "./...")},
		{[]string{"-fix", "-json", "./..."}, fast(true, true, true, "./...")},
		{[]string{"-diff", "./..."}, fast(false, false, true, "./...")},
		{[]string{"-source", "-all", "./..."}, fast(false, false, true, "./...")},
		{[]string{"-storelogoff", "./..."}, fast(false, false, true, "./...")},
		{[]string{"-releaseorder=false", "-abortflag=false", "./..."}, fast(false, false, true, "./...")},
		{[]string{"-storelogoff.harmless=example.com/trace,fmt", "./..."}, fast(false, false, true, "./...")},
		{[]string{"-storelogoff.harmless", "example.com/trace", "-json", "./..."}, fast(true, false, true, "./...")},
		{[]string{"--", "./..."}, fast(false, false, true, "./...")},

		{nil, nil},               // usage
		{[]string{"-json"}, nil}, // usage
		{[]string{"help"}, nil},  // help
		{[]string{"-json", "help", "storelogoff"}, nil},
		{[]string{"vet.cfg"}, nil}, // the unit protocol
		{[]string{"-V=full"}, nil}, // go vet's version query
		{[]string{"-flags"}, nil},  // go vet's flag query
		{[]string{"-V=full", "vet.cfg"}, nil},
		{[]string{"-debug=t", "./..."}, nil},    // timings
		{[]string{"-debug", "f", "./..."}, nil}, // fact dump
		{[]string{"-v", "./..."}, nil},          // -debug=v
		{[]string{"-cpuprofile=cpu.out", "./..."}, nil},
		{[]string{"-memprofile", "mem.out", "./..."}, nil},
		{[]string{"-trace=trace.out", "./..."}, nil},
		{[]string{"-h"}, nil},
		{[]string{"-help", "./..."}, nil},
		{[]string{"-nosuchflag", "./..."}, nil}, // the driver's error
		{[]string{"-c=x", "./..."}, nil},        // the driver's error
		{[]string{"-c"}, nil},                   // missing value
		{[]string{"-test=maybe", "./..."}, nil}, // the driver's error
		{[]string{"-storelogoff=maybe", "./..."}, nil},
		{[]string{"-storelogoff.nosuch=1", "./..."}, nil},
		{[]string{"./...", "-json"}, nil}, // "-json" is a pattern there
		{[]string{"-storelogoff=false", "-releaseorder=false", "-abortflag=false", "./..."}, nil}, // nothing to run
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			run, ok := parseFast(tc.args, analyzers)
			if tc.want == nil {
				assert.False(t, ok, "%+v", run)
				return
			}
			require.True(t, ok)
			assert.Equal(t, *tc.want, want{json: run.json, fix: run.fix, tests: run.tests, patterns: run.patterns})
		})
	}
}

// TestFastPathOutput: what the fast path prints is what the driver prints
// for no diagnostics.
func TestFastPathOutput(t *testing.T) {
	assert.Equal(t, "", fastRun{}.output())
	assert.Equal(t, "{}\n", fastRun{json: true}.output())
	assert.Equal(t, "", fastRun{json: true, fix: true}.output())
	assert.Equal(t, "", fastRun{fix: true}.output())
}

// TestFastPath checks the standalone fast path both ways: a module with no
// MAPI code is clean without the full analysis, and one whose only mapilint
// matter is a stale suppression directive still gets it reported. For
// every flag the fast path accepts, it prints byte for byte what the full
// analysis (MAPILINT_FULL=1) prints, on standard output and standard error,
// with the same exit status; and it is taken only when it should be.
func TestFastPath(t *testing.T) {
	if testing.Short() {
		t.Skip("builds mapilint; skipped in -short mode")
	}
	goCmd := goTool(t)
	bin := buildMapilint(t, goCmd)

	write := func(dir, name, text string) {
		require.NoError(t, os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644))
	}
	module := func(name string, files ...string) string {
		dir := t.TempDir()
		write(dir, "go.mod", "module example.com/"+name+"\n\ngo 1.26\n")
		for i := 0; i < len(files); i += 2 {
			write(dir, files[i], files[i+1])
		}
		return dir
	}

	// (No test files: with them the full analysis loads package testing
	// and its dependencies from source, seconds a run.)
	clean := module("clean", "a/a.go", "package a\n\n// Close releases nothing MAPI knows of.\nfunc Close() error { return nil }\n")
	out, code := run(t, clean, bin, "./...")
	assert.Equal(t, 0, code, out)
	assert.Empty(t, out)

	stale := module("stale", "a/a.go", "package a\n\n//mapilint:ignore releaseorder nothing here to silence\nfunc Close() error { return nil }\n")
	out, code = run(t, stale, bin, "./...")
	assert.Equal(t, 3, code, out)
	assert.Contains(t, out, "a.go:3:1: mapilint:ignore directive for releaseorder silences nothing")

	// MAPI text only in a test file: -test=false must not see it, the
	// default must.
	testOnly := module("testonly", "a/a.go", "package a\n\nfunc Close() error { return nil }\n",
		"a/a_test.go", "package a\n\n//mapilint:ignore releaseorder nothing here to silence\nfunc helper() {}\n")
	// MAPI text in a file the driver loads whatever -tags says (it
	// ignores -tags), and in one it never loads.
	tagged := module("tagged", "a/a.go", "package a\n\nfunc Close() error { return nil }\n",
		"a/notfoo.go", "//go:build !foo\n\npackage a\n\n//mapilint:ignore releaseorder nothing here to silence\nfunc notFoo() {}\n",
		"b/b.go", "package b\n\nfunc Close() error { return nil }\n",
		"b/foo.go", "//go:build foo\n\npackage b\n\n//mapilint:ignore releaseorder nothing here to silence\nfunc foo() {}\n")

	same := func(dir string, args ...string) (stdout string, code int) {
		t.Helper()
		fo, fe, fc := runEnv(t, dir, nil, bin, args...)
		so, se, sc := runEnv(t, dir, []string{fullEnv + "=1"}, bin, args...)
		assert.Equal(t, so, fo, "stdout of %v", args)
		assert.Equal(t, se, fe, "stderr of %v", args)
		assert.Equal(t, sc, fc, "exit status of %v\n%s%s", args, fo, fe)
		return fo, fc
	}
	for _, args := range [][]string{
		{"./..."},
		{"-json", "./..."},
		{"--json", "./a"},
		{"-json", "-test=false", "./..."},
		{"-c=2", "./..."},
		{"-c", "2", "-json", "./..."},
		{"-test", "./..."},
		{"-test=false", "./..."},
		{"-tags=foo", "./..."},
		{"-fix", "./..."},
		{"-fix", "-diff", "./..."},
		{"-fix", "-json", "./..."},
		{"-source", "-all", "./..."},
		{"-storelogoff", "-json", "./..."},
		{"-releaseorder=false", "./..."},
		{"-storelogoff.harmless=example.com/trace", "./..."},
	} {
		stdout, code := same(clean, args...)
		assert.Equal(t, 0, code, "%v", args)
		if stdout != "" {
			assert.Equal(t, "{}\n", stdout, "%v", args) // -json
		}
	}
	stdout, code := same(clean, "-json", "./...")
	assert.Equal(t, "{}\n", stdout)
	assert.Equal(t, 0, code)

	_, code = same(testOnly, "./...")
	assert.Equal(t, 3, code)
	_, code = same(testOnly, "-test=false", "./...")
	assert.Equal(t, 0, code)
	_, code = same(tagged, "-tags=foo", "./a")
	assert.Equal(t, 3, code)
	_, code = same(tagged, "-tags=foo", "./b")
	assert.Equal(t, 0, code)

	// Which way a run went shows on a package with a type error and no
	// MAPI text: the fast path does not type-check it (exit 0), the full
	// analysis reports the error (exit 1).
	broken := module("broken", "a/a.go", "package a\n\nfunc Close() error { return 1 }\n")
	for _, tc := range []struct {
		args []string
		fast bool
	}{
		{[]string{"./..."}, true},
		{[]string{"-json", "./..."}, true},
		{[]string{"-c=1", "-test=false", "-tags=x", "./..."}, true},
		{[]string{"-fix", "-diff", "./..."}, true},
		{[]string{"-storelogoff.harmless=fmt", "-abortflag", "./..."}, true},
		{[]string{"-debug=t", "./..."}, false},
		{[]string{"-v", "./..."}, false},
		{[]string{"-cpuprofile=" + filepath.Join(t.TempDir(), "cpu.out"), "./..."}, false},
	} {
		stdout, stderr, code := runEnv(t, broken, nil, bin, tc.args...)
		if tc.fast {
			assert.Equal(t, 0, code, "%v\n%s%s", tc.args, stdout, stderr)
			assert.Empty(t, stderr, "%v", tc.args)
		} else {
			assert.Equal(t, 1, code, "%v\n%s%s", tc.args, stdout, stderr)
			assert.Contains(t, stderr, "a.go:3:", "%v", tc.args)
		}
		_, _, code = runEnv(t, broken, []string{fullEnv + "=1"}, bin, tc.args...)
		assert.Equal(t, 1, code, "%v with %s=1", tc.args, fullEnv)
	}
}

// runEnv runs name with args in dir, with env added to the environment of
// run, and returns its standard output and error apart.
func runEnv(t *testing.T, dir string, env []string, name string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOTOOLCHAIN=local", "GO111MODULE=on", fullEnv+"=")
	cmd.Env = append(cmd.Env, env...) // the last of a name counts
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	var exitErr *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exitErr):
		code = exitErr.ExitCode()
	default:
		require.NoError(t, err, "running %s %s", name, strings.Join(args, " "))
	}
	return o.String(), e.String(), code
}
