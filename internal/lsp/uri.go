package lsp

import (
	"net/url"
	"path/filepath"
	"strings"
)

// fileURI is the file URI of an absolute path.
func fileURI(path string) string {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // a Windows drive letter: file:///C:/...
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

// uriPath is the cleaned file path of a file URI, and whether uri is one.
// Two spellings of one file (file:///a/b.go, file:///a/./b.go,
// percent-encoded or not) have the same path, so tables are keyed by it.
func uriPath(uri string) (string, bool) {
	u, err := url.Parse(uri)
	if err != nil || u.Scheme != "file" || u.Path == "" {
		return "", false
	}
	p := u.Path
	// file:///C:/x on Windows: drop the slash before the drive letter.
	if len(p) >= 3 && p[0] == '/' && p[2] == ':' && filepath.Separator == '\\' {
		p = p[1:]
	}
	return filepath.Clean(filepath.FromSlash(p)), true
}
