package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNeovim runs a real editor: headless Neovim (0.7, as Debian ships it,
// or later) with the README's configuration, integration/editors/neovim.lua,
// loaded by the harness integration/editors/neovim-test.lua. It opens the
// example store, to which a printf mistake was appended for gopls to report,
// and checks what vim.diagnostic.get() holds: mapilint's three diagnostics
// and gopls's, in the same file.
func TestNeovim(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Neovim, mapilint lsp and gopls; skipped in -short mode")
	}
	nvim, err := exec.LookPath("nvim")
	if err != nil {
		t.Skip("nvim not found: install Neovim (apt-get install -y neovim; .ci/run does) to run the editor test")
	}
	gopls := testGopls(t)
	// mapilint and gopls on PATH, as the configuration expects them.
	bin := t.TempDir()
	built := buildMapilint(t, goTool(t))
	require.NoError(t, os.Rename(built, filepath.Join(bin, filepath.Base(built))))
	require.NoError(t, os.Symlink(gopls, filepath.Join(bin, "gopls")))

	dir := exampleModule(t)
	store := filepath.Join(dir, "store.go")
	data, err := os.ReadFile(store)
	require.NoError(t, err)
	data = append(data, "\nfunc debugf() { log.Printf(\"%d folders\", \"none\") }\n"...)
	require.NoError(t, os.WriteFile(store, data, 0o644))

	harness, err := filepath.Abs(filepath.Join("..", "..", "integration", "editors", "neovim-test.lua"))
	require.NoError(t, err)
	out := filepath.Join(t.TempDir(), "diagnostics.json")
	cmd := exec.Command(nvim, "--headless", "-n", "-i", "NONE", "-u", harness, "store.go")
	cmd.Dir = dir
	cmd.Env = append(lspEnv(),
		"PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"),
		"MAPILINT_NVIM_OUT="+out,
		"MAPILINT_NVIM_SOURCES=storelogoff,releaseorder,abortflag,printf",
		"MAPILINT_NVIM_TIMEOUT=150",
		"XDG_CONFIG_HOME="+t.TempDir(), // no user configuration
		"XDG_DATA_HOME="+t.TempDir(),
		"XDG_STATE_HOME="+t.TempDir(),
	)
	var stderr syncBuffer
	cmd.Stdout, cmd.Stderr = &stderr, &stderr
	require.NoError(t, cmd.Start())
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err = <-done:
	case <-time.After(3 * time.Minute):
		_ = cmd.Process.Kill()
		<-done
		t.Fatalf("Neovim did not quit; output:\n%s", stderr.String())
	}
	raw, readErr := os.ReadFile(out)
	require.NoError(t, err, "Neovim quit with an error (status 2: the diagnostics did not all arrive in time); it last saw:\n%s\noutput:\n%s", raw, stderr.String())
	require.NoError(t, readErr)

	var diags []struct {
		File     string `json:"file"`
		Lnum     int    `json:"lnum"`
		Col      int    `json:"col"`
		Source   string `json:"source"`
		Message  string `json:"message"`
		UserData struct {
			LSP struct {
				CodeDescription struct {
					Href string `json:"href"`
				} `json:"codeDescription"`
			} `json:"lsp"`
		} `json:"user_data"`
	}
	require.NoError(t, json.Unmarshal(raw, &diags), "%s", raw)
	var ours []diag
	var printf bool
	for _, d := range diags {
		t.Logf("%s:%d:%d: %s: %s", filepath.Base(d.File), d.Lnum+1, d.Col+1, d.Source, d.Message)
		switch d.Source {
		case "storelogoff", "releaseorder", "abortflag":
			ours = append(ours, diag{filepath.Base(d.File), d.Lnum + 1, d.Message})
			assert.Equal(t, "https://github.com/mapilint/mapilint#"+d.Source, d.UserData.LSP.CodeDescription.Href)
		case "printf":
			printf = printf || filepath.Base(d.File) == "store.go" && strings.Contains(d.Message, "wrong type")
		}
	}
	assert.ElementsMatch(t, exampleDiags, ours, "mapilint's diagnostics in Neovim")
	assert.True(t, printf, "gopls's printf diagnostic in store.go, next to mapilint's")
}
