package sarif

import (
	"path/filepath"
	"runtime"
	"testing"
)

func TestUTF16Column(t *testing.T) {
	for _, tc := range []struct {
		line     string
		byteCol  int
		utf16Col int
	}{
		{"abc", 1, 1},
		{"abc", 3, 3},
		{"abc", 4, 4},   // just past the end
		{"abc", 9, 9},   // beyond the line: kept
		{"aöb", 4, 3},   // ö: 2 bytes, 1 unit
		{"a𝄞b", 6, 4},   // 𝄞: 4 bytes, 2 units
		{"日本x", 7, 3},   // 3 bytes each, 1 unit each
		{"\xffx", 2, 2}, // an invalid byte counts 1
		{"", 0, 1},      // no column
	} {
		if got := utf16Column(tc.line, tc.byteCol); got != tc.utf16Col {
			t.Errorf("utf16Column(%q, %d) = %d, want %d", tc.line, tc.byteCol, got, tc.utf16Col)
		}
	}
}

func TestArtifactURI(t *testing.T) {
	root := filepath.Join(string(filepath.Separator)+"repo", "mod")
	b := newBuilder(root)
	for _, tc := range []struct {
		file, uri, base string
	}{
		{filepath.Join(root, "a.go"), "a.go", SrcRoot},
		{filepath.Join(root, "sub", "b c.go"), "sub/b%20c.go", SrcRoot},
		{filepath.Join(root, "x:y.go"), "./x:y.go", SrcRoot},
		{filepath.Join(string(filepath.Separator)+"repo", "other.go"), fileURI(filepath.Join(string(filepath.Separator)+"repo", "other.go")), ""},
	} {
		loc := b.artifact(tc.file)
		var uri, base string
		if loc.URI != nil {
			uri = *loc.URI
		}
		if loc.URIBaseID != nil {
			base = *loc.URIBaseID
		}
		if uri != tc.uri || base != tc.base {
			t.Errorf("artifact(%q) = %q (base %q), want %q (base %q)", tc.file, uri, base, tc.uri, tc.base)
		}
	}
	if runtime.GOOS != "windows" {
		if got, want := fileURI("/repo/a b.go"), "file:///repo/a%20b.go"; got != want {
			t.Errorf("fileURI = %q, want %q", got, want)
		}
		if got, want := dirURI("/repo"), "file:///repo/"; got != want {
			t.Errorf("dirURI = %q, want %q", got, want)
		}
	}
}
