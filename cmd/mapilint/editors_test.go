package main

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mapilint/mapilint/internal/lsp/lsptest"
)

// editorsDir holds the editor configurations the README shows for
// mapilint lsp.
var editorsDir = filepath.Join("..", "..", "integration", "editors")

// editorFile reads a file of integration/editors.
func editorFile(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(editorsDir, name))
	require.NoError(t, err)
	return string(data)
}

// TestEditorSnippets checks that the README shows each editor
// configuration of integration/editors byte for byte (a block marked
// <!-- snippet: PATH -->), and that each starts gopls as mapilint lsp.
func TestEditorSnippets(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	require.NoError(t, err)
	entries, err := os.ReadDir(editorsDir)
	require.NoError(t, err)
	for _, e := range entries {
		if e.Name() == "neovim-test.lua" { // the test's harness
			continue
		}
		want := editorFile(t, e.Name())
		re := regexp.MustCompile("(?m)^<!-- snippet: integration/editors/" + regexp.QuoteMeta(e.Name()) + " -->\n```[a-z]*\n((?s:.*?))```\n")
		m := re.FindSubmatch(readme)
		if assert.NotNil(t, m, "README.md shows no snippet of integration/editors/%s", e.Name()) {
			assert.Equal(t, want, string(m[1]), "README.md's snippet of %s differs from the file", e.Name())
		}
	}

	// Each configuration runs "mapilint lsp" as the editor's gopls.
	for name, pattern := range map[string]string{
		"neovim.lua":           `cmd = { 'mapilint', 'lsp' }`,
		"neovim-lspconfig.lua": `vim.lsp.config('gopls', { cmd = { 'mapilint', 'lsp' } })`,
		"helix-languages.toml": "[language-server.gopls]\ncommand = \"mapilint\"\nargs = [\"lsp\"]\n",
		"emacs-eglot.el":       `'((go-mode go-ts-mode) . ("mapilint" "lsp"))`,
		"emacs-lsp-mode.el":    "(setq lsp-go-gopls-server-path \"mapilint\"\n      lsp-go-gopls-server-args '(\"lsp\"))",
		"vscode-gopls":         `exec "$HOME/go/bin/mapilint" lsp -gopls "$HOME/go/bin/gopls" -- "$@"`,
	} {
		assert.Contains(t, editorFile(t, name), pattern, name)
	}
	var zed struct {
		LSP map[string]struct {
			Binary struct {
				Path      string   `json:"path"`
				Arguments []string `json:"arguments"`
			} `json:"binary"`
		} `json:"lsp"`
	}
	require.NoError(t, json.Unmarshal([]byte(editorFile(t, "zed-settings.json")), &zed))
	assert.Equal(t, "mapilint", filepath.Base(zed.LSP["gopls"].Binary.Path))
	assert.Equal(t, []string{"lsp"}, zed.LSP["gopls"].Binary.Arguments)
}

// TestVSCodeWrapper runs the VS Code wrapper as VS Code does: installed
// where go.alternateTools points, with go install's layout under $HOME,
// first as "gopls version -json" (the Go extension's version check), then
// as the language server, with the default go.languageServerFlags (none).
func TestVSCodeWrapper(t *testing.T) {
	if testing.Short() {
		t.Skip("builds mapilint and runs gopls; skipped in -short mode")
	}
	if runtime.GOOS == "windows" {
		t.Skip("the wrapper is a shell script")
	}
	gopls := testGopls(t)
	home := t.TempDir()
	gobin := filepath.Join(home, "go", "bin")
	require.NoError(t, os.MkdirAll(gobin, 0o755))
	require.NoError(t, os.Rename(buildMapilint(t, goTool(t)), filepath.Join(gobin, "mapilint")))
	require.NoError(t, os.Symlink(gopls, filepath.Join(gobin, "gopls")))

	var settings struct {
		AlternateTools map[string]string `json:"go.alternateTools"`
	}
	require.NoError(t, json.Unmarshal([]byte(editorFile(t, "vscode-settings.json")), &settings))
	alt := settings.AlternateTools["gopls"]
	require.True(t, strings.HasPrefix(alt, "~/"), "go.alternateTools.gopls %q", alt)
	wrapper := filepath.Join(home, filepath.FromSlash(strings.TrimPrefix(alt, "~/")))
	assert.Equal(t, "gopls", filepath.Base(wrapper), "the Go extension treats the server as gopls only when the file is named gopls")
	require.NoError(t, os.MkdirAll(filepath.Dir(wrapper), 0o755))
	require.NoError(t, os.WriteFile(wrapper, []byte(editorFile(t, "vscode-gopls")), 0o755))
	env := append(lspEnv(), "HOME="+home)

	want, err := exec.Command(gopls, "version", "-json").Output()
	require.NoError(t, err)
	cmd := exec.Command(wrapper, "version", "-json")
	cmd.Env = env
	got, err := cmd.Output()
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got), "the wrapper's gopls version -json")

	dir := exampleModule(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	s := startServerEnv(t, dir, env, wrapper)
	s.initialize(ctx, t, dir)
	storePath := filepath.Join(dir, "store.go")
	text, err := os.ReadFile(storePath)
	require.NoError(t, err)
	uri := fileURI(storePath)
	require.NoError(t, s.client.Notify("textDocument/didOpen", map[string]any{
		"textDocument": map[string]any{"uri": uri, "languageId": "go", "version": 1, "text": string(text)},
	}))
	_, err = s.client.WaitDiagnostics(ctx, uri, func(ds []lsptest.Diagnostic) bool {
		return len(lsptest.BySource(ds, passes...)) == 3
	})
	require.NoError(t, err)
}
