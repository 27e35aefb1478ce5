package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFastPath checks the standalone fast path both ways: a module with no
// MAPI code is clean without the full analysis, and one whose only mapilint
// matter is a stale suppression directive still gets it reported.
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
	clean := t.TempDir()
	write(clean, "go.mod", "module example.com/clean\n\ngo 1.26\n")
	write(clean, "a/a.go", "package a\n\n// Close releases nothing MAPI knows of.\nfunc Close() error { return nil }\n")
	out, code := run(t, clean, bin, "./...")
	assert.Equal(t, 0, code, out)
	assert.Empty(t, out)

	stale := t.TempDir()
	write(stale, "go.mod", "module example.com/stale\n\ngo 1.26\n")
	write(stale, "a/a.go", "package a\n\n//mapilint:ignore releaseorder nothing here to silence\nfunc Close() error { return nil }\n")
	out, code = run(t, stale, bin, "./...")
	assert.Equal(t, 3, code, out)
	assert.Contains(t, out, "a.go:3:1: mapilint:ignore directive for releaseorder silences nothing")
}
