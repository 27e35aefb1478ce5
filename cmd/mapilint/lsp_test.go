package main

// End-to-end tests of "mapilint lsp": the built command in front of a real
// gopls (v0.23.0 in CI, from $MAPILINT_TEST_GOPLS), driven by a small LSP
// client (internal/lsp/lsptest) on a copy of examples/provider.

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mapilint/mapilint/internal/lsp"
	"github.com/mapilint/mapilint/internal/lsp/lsptest"
)

// goplsEnv names the gopls binary the LSP tests run.
const goplsEnv = "MAPILINT_TEST_GOPLS"

// passes are the sources of mapilint's diagnostics.
var passes = []string{"storelogoff", "releaseorder", "abortflag"}

// goplsVersion is the gopls the tests run in CI.
const goplsVersion = "v0.23.0"

// testGopls returns the gopls binary for the LSP tests: $MAPILINT_TEST_GOPLS.
// Without it the tests skip, except in CI (CI=true), where they build
// gopls v0.23.0 from the module proxy instead, once per test process, and
// fail if they cannot.
func testGopls(t *testing.T) string {
	t.Helper()
	if p := os.Getenv(goplsEnv); p != "" {
		require.FileExists(t, p, "%s names no file", goplsEnv)
		return p
	}
	if os.Getenv("CI") != "true" {
		t.Skip(goplsEnv + " is not set: build gopls with `GOBIN=/tmp/gopls go install golang.org/x/tools/gopls@" +
			goplsVersion + "` and set " + goplsEnv + "=/tmp/gopls/gopls to run the mapilint lsp tests")
	}
	ciGopls.once.Do(func() {
		dir := filepath.Join(os.TempDir(), "mapilint-test-gopls-"+goplsVersion)
		cmd := exec.Command(goTool(t), "install", "golang.org/x/tools/gopls@"+goplsVersion)
		cmd.Env = append(os.Environ(), "GOBIN="+dir, "GOFLAGS=", "GOWORK=off")
		out, err := cmd.CombinedOutput()
		if err != nil {
			ciGopls.err = fmt.Errorf("CI=true and %s is not set, and go install gopls@%s failed: %v\n%s", goplsEnv, goplsVersion, err, out)
			return
		}
		ciGopls.path = filepath.Join(dir, "gopls")
	})
	require.NoError(t, ciGopls.err)
	return ciGopls.path
}

// ciGopls is the gopls testGopls built.
var ciGopls struct {
	once sync.Once
	path string
	err  error
}

// exampleModule copies examples/provider into a module of its own (it
// imports only the standard library) and returns its directory.
func exampleModule(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "provider")
	require.NoError(t, os.MkdirAll(dir, 0o755))
	src := filepath.Join("..", "..", "examples", "provider")
	entries, err := os.ReadDir(src)
	require.NoError(t, err)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".go") {
			data, err := os.ReadFile(filepath.Join(src, e.Name()))
			require.NoError(t, err)
			require.NoError(t, os.WriteFile(filepath.Join(dir, e.Name()), data, 0o644))
		}
	}
	gomod := "module github.com/mapilint/mapilint/examples/provider\n\ngo 1.26.0\n"
	require.NoError(t, os.WriteFile(filepath.Join(dir, "go.mod"), []byte(gomod), 0o644))
	return dir
}

// lspEnv is the environment of the servers under test.
func lspEnv() []string {
	return append(os.Environ(), "GOWORK=off", "GOTOOLCHAIN=local", "GO111MODULE=on", "GOFLAGS=-mod=mod")
}

// syncBuffer is a bytes.Buffer safe for one writer and concurrent readers.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// A server is a running "mapilint lsp".
type server struct {
	cmd    *exec.Cmd
	client *lsptest.Client
	stderr *syncBuffer
	exited chan struct{} // closed when the process has exited
	err    error         // cmd.Wait's, once exited is closed
}

// startServer starts bin with args in dir, with a client on its standard
// streams. The process is killed at the end of the test.
func startServer(t *testing.T, dir, bin string, args ...string) *server {
	t.Helper()
	return startServerEnv(t, dir, lspEnv(), bin, args...)
}

// startServerEnv is startServer with the environment env.
func startServerEnv(t *testing.T, dir string, env []string, bin string, args ...string) *server {
	t.Helper()
	s := &server{cmd: exec.Command(bin, args...), stderr: &syncBuffer{}, exited: make(chan struct{})}
	s.cmd.Dir = dir
	s.cmd.Env = env
	s.cmd.Stderr = s.stderr
	stdin, err := s.cmd.StdinPipe()
	require.NoError(t, err)
	stdout, err := s.cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, s.cmd.Start())
	s.client = lsptest.New(stdout, stdin)
	go func() {
		<-s.client.Done() // all of stdout read before Wait closes it
		s.err = s.cmd.Wait()
		close(s.exited)
	}()
	t.Cleanup(func() {
		_ = s.cmd.Process.Kill()
		<-s.exited
		if t.Failed() {
			t.Logf("stderr of %s:\n%s", strings.Join(args, " "), s.stderr.String())
		}
	})
	return s
}

// initialize runs the initialize handshake for the workspace dir.
func (s *server) initialize(ctx context.Context, t *testing.T, dir string) map[string]json.RawMessage {
	t.Helper()
	var result struct {
		Capabilities map[string]json.RawMessage `json:"capabilities"`
	}
	root := fileURI(dir)
	err := s.client.Call(ctx, "initialize", map[string]any{
		"processId": os.Getpid(),
		"rootUri":   root,
		"workspaceFolders": []map[string]string{
			{"uri": root, "name": filepath.Base(dir)},
		},
		"capabilities": map[string]any{
			"workspace": map[string]any{
				"workspaceEdit": map[string]any{"documentChanges": true},
			},
			"textDocument": map[string]any{
				"publishDiagnostics": map[string]any{"relatedInformation": true, "codeDescriptionSupport": true},
				"hover":              map[string]any{"contentFormat": []string{"plaintext"}},
				"codeAction": map[string]any{
					"codeActionLiteralSupport": map[string]any{
						"codeActionKind": map[string]any{"valueSet": []string{"", "quickfix", "refactor", "source"}},
					},
				},
			},
		},
	}, &result)
	require.NoError(t, err, "initialize")
	require.NoError(t, s.client.Notify("initialized", map[string]any{}))
	return result.Capabilities
}

// fileURI is the file URI of an absolute path.
func fileURI(path string) string {
	return "file://" + filepath.ToSlash(path)
}

// goplsPid is the pid of the gopls that the server logged it started.
func (s *server) goplsPid(t *testing.T) int {
	t.Helper()
	m := regexp.MustCompile(`started .*gopls.* \(pid (\d+)\)`).FindStringSubmatch(s.stderr.String())
	require.NotNil(t, m, "mapilint lsp did not log gopls's pid; stderr:\n%s", s.stderr.String())
	pid, err := strconv.Atoi(m[1])
	require.NoError(t, err)
	return pid
}

// requireNoDuplicates checks that no publication had a diagnostic twice.
func requireNoDuplicates(t *testing.T, c *lsptest.Client) {
	t.Helper()
	for _, p := range c.Publications() {
		seen := map[string]bool{}
		for _, d := range p.Diagnostics {
			data, err := json.Marshal(d)
			require.NoError(t, err)
			require.False(t, seen[string(data)], "diagnostic published twice for %s: %s", p.URI, d)
			seen[string(data)] = true
		}
	}
}

// TestLSP drives "mapilint lsp" in front of gopls v0.23.0 on a copy of
// examples/provider: diagnostics of both, merged; diagnostics following
// edits; the quick fix; gopls's hover and completion; gopls's death.
func TestLSP(t *testing.T) {
	if testing.Short() {
		t.Skip("builds mapilint and runs gopls; skipped in -short mode")
	}
	gopls := testGopls(t)
	bin := buildMapilint(t, goTool(t))
	dir := exampleModule(t)
	storePath := filepath.Join(dir, "store.go")
	uri := fileURI(storePath)
	original, err := os.ReadFile(storePath)
	require.NoError(t, err)
	text := string(original)

	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	s := startServer(t, dir, bin, "lsp", "-gopls", gopls)
	c := s.client
	caps := s.initialize(ctx, t, dir)
	for _, name := range []string{"hoverProvider", "completionProvider", "codeActionProvider", "textDocumentSync"} {
		assert.Contains(t, caps, name, "gopls's capabilities must reach the editor")
	}

	require.NoError(t, c.Notify("textDocument/didOpen", map[string]any{
		"textDocument": map[string]any{"uri": uri, "languageId": "go", "version": 1, "text": text},
	}))

	// mapilint's three diagnostics, as the command line reports them.
	diags, err := c.WaitDiagnostics(ctx, uri, func(ds []lsptest.Diagnostic) bool {
		return len(lsptest.BySource(ds, passes...)) == 3
	})
	require.NoError(t, err)
	ours := lsptest.BySource(diags, passes...)
	var got []diag
	for _, d := range ours {
		got = append(got, diag{"store.go", d.Range.Start.Line + 1, d.Message})
		assert.Equal(t, d.Source, d.CodeString(), "code is the pass name")
		require.NotNil(t, d.CodeDescription, "%s has no codeDescription", d)
		assert.Equal(t, "https://github.com/mapilint/mapilint#"+d.Source, d.CodeDescription.Href)
		assert.Equal(t, lsp.SeverityWarning, d.Severity)
		require.Len(t, d.RelatedInformation, 1, "%s: the related information", d)
		assert.Equal(t, uri, d.RelatedInformation[0].Location.URI)
	}
	assert.ElementsMatch(t, exampleDiags, got)
	// Columns as the command line's (store.go is ASCII): storelogoff at 81:16.
	sl := lsptest.BySource(ours, "storelogoff")[0]
	assert.Equal(t, lsptest.Position{Line: 80, Character: 15}, sl.Range.Start)
	assert.Equal(t, "StoreLogoffTransports is called here", sl.RelatedInformation[0].Message)
	assert.Equal(t, lsptest.Position{Line: 81, Character: 39}, sl.RelatedInformation[0].Location.Range.Start)

	t.Run("quickfix", func(t *testing.T) {
		ro := lsptest.BySource(ours, "releaseorder")[0]
		var actions []json.RawMessage
		require.NoError(t, c.Call(ctx, "textDocument/codeAction", map[string]any{
			"textDocument": map[string]any{"uri": uri},
			"range":        ro.Range,
			"context":      map[string]any{"diagnostics": []lsptest.Diagnostic{ro}},
		}, &actions))
		var fix *lsptest.CodeAction
		var titles []string
		for _, raw := range actions {
			var a lsptest.CodeAction
			require.NoError(t, json.Unmarshal(raw, &a))
			titles = append(titles, a.Title)
			if a.Kind == "quickfix" && a.Title == "release the support object before returning" {
				fix = &a
			}
		}
		require.NotNil(t, fix, "no quick fix among the code actions %q", titles)
		require.Len(t, fix.Diagnostics, 1)
		assert.Equal(t, "releaseorder", fix.Diagnostics[0].Source)
		assert.True(t, fix.IsPreferred)
		require.NotNil(t, fix.Edit)
		require.Len(t, fix.Edit.DocumentChanges, 1, "the editor takes documentChanges")
		dc := fix.Edit.DocumentChanges[0]
		assert.Equal(t, uri, dc.TextDocument.URI)
		require.NotNil(t, dc.TextDocument.Version)
		assert.EqualValues(t, 1, *dc.TextDocument.Version)
		fixed, err := lsptest.ApplyEdits(text, dc.Edits)
		require.NoError(t, err)
		golden, err := os.ReadFile(filepath.Join("testdata", "lsp", "store.go.golden"))
		require.NoError(t, err)
		assert.Equal(t, string(golden), fixed, "the quick fix must give testdata/lsp/store.go.golden")

		// A range away from any mapilint diagnostic gets none of its actions.
		far := lsptest.Range{Start: lsptest.Position{Line: 20, Character: 0}, End: lsptest.Position{Line: 20, Character: 0}}
		require.NoError(t, c.Call(ctx, "textDocument/codeAction", map[string]any{
			"textDocument": map[string]any{"uri": uri},
			"range":        far,
			"context":      map[string]any{"diagnostics": []any{}},
		}, &actions))
		for _, raw := range actions {
			assert.NotContains(t, string(raw), "release the support object", "a mapilint action outside its diagnostic's range")
		}
	})

	t.Run("gopls", func(t *testing.T) {
		pos, err := lsptest.PositionOf(text, "func (s *MsgStore) StoreLogoff", len("func (s *"))
		require.NoError(t, err)
		var hover struct {
			Contents json.RawMessage `json:"contents"`
		}
		require.NoError(t, c.Call(ctx, "textDocument/hover", map[string]any{
			"textDocument": map[string]any{"uri": uri}, "position": pos,
		}, &hover))
		assert.Contains(t, string(hover.Contents), "MsgStore", "gopls's hover")

		pos, err = lsptest.PositionOf(text, "\ts.support.Release()\n\treturn 0", len("\ts.support."))
		require.NoError(t, err)
		var completion struct {
			Items []struct {
				Label string `json:"label"`
			} `json:"items"`
		}
		require.NoError(t, c.Call(ctx, "textDocument/completion", map[string]any{
			"textDocument": map[string]any{"uri": uri}, "position": pos,
		}, &completion))
		var labels []string
		for _, it := range completion.Items {
			labels = append(labels, it.Label)
		}
		assert.Contains(t, labels, "StoreLogoffTransports", "gopls's completion of s.support.")
	})

	// A type error: gopls's diagnostic and mapilint's (its last, as the
	// package no longer type-checks) together.
	broken := text + "\nvar _ int = \"mapilint\"\n"
	require.NoError(t, c.Notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": uri, "version": 2},
		"contentChanges": []map[string]any{{"text": broken}},
	}))
	_, err = c.WaitDiagnostics(ctx, uri, func(ds []lsptest.Diagnostic) bool {
		return slices.ContainsFunc(ds, func(d lsptest.Diagnostic) bool {
			return d.Severity == lsp.SeverityError && strings.Contains(d.Message, "cannot use")
		}) && len(lsptest.BySource(ds, passes...)) == 3
	})
	require.NoError(t, err, "gopls's type error and mapilint's diagnostics together")

	// Edit the storelogoff mistake away (full-text sync), silence abortflag
	// with a directive, and leave a directive that silences nothing.
	edited := strings.Replace(text,
		"\ts.closeFolders()\n\terr := s.support.StoreLogoffTransports(flags)\n",
		"\t//mapilint:ignore storelogoff kept after the fix\n\terr := s.support.StoreLogoffTransports(flags)\n\ts.closeFolders()\n", 1)
	edited = strings.Replace(edited,
		"func (s *MsgStore) Release() uint32 {\n",
		"//mapilint:ignore abortflag the example's deliberate mistake\nfunc (s *MsgStore) Release() uint32 {\n", 1)
	require.NotEqual(t, text, edited)
	require.NoError(t, c.Notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": uri, "version": 3},
		"contentChanges": []map[string]any{{"text": edited}},
	}))
	diags, err = c.WaitDiagnostics(ctx, uri, func(ds []lsptest.Diagnostic) bool {
		for _, d := range ds {
			if d.Severity == lsp.SeverityError || d.Source == "abortflag" || d.Source == "storelogoff" && !strings.Contains(d.Message, "silences nothing") {
				return false
			}
		}
		return len(lsptest.BySource(ds, "releaseorder")) == 1 && len(lsptest.BySource(ds, "storelogoff")) == 1
	})
	require.NoError(t, err, "the storelogoff diagnostic must go, the stale directive show, abortflag be silenced")
	stale := lsptest.BySource(diags, "storelogoff")[0]
	assert.Equal(t, "mapilint:ignore directive for storelogoff silences nothing", stale.Message)
	requireNoDuplicates(t, c)

	// Quick fixes are offered only for the text they were computed on.
	ro := lsptest.BySource(diags, "releaseorder")[0]
	var actions []lsptest.CodeAction
	require.NoError(t, c.Call(ctx, "textDocument/codeAction", map[string]any{
		"textDocument": map[string]any{"uri": uri},
		"range":        ro.Range,
		"context":      map[string]any{"diagnostics": []lsptest.Diagnostic{ro}},
	}, &actions))
	var found bool
	for _, a := range actions {
		if a.Title == "release the support object before returning" {
			found = true
			require.NotNil(t, a.Edit)
			require.Len(t, a.Edit.DocumentChanges, 1)
			assert.EqualValues(t, 3, *a.Edit.DocumentChanges[0].TextDocument.Version)
		}
	}
	assert.True(t, found, "the quick fix on version 3")

	// gopls dies: the editor is told, and mapilint lsp exits non-zero.
	pid := s.goplsPid(t)
	require.NoError(t, syscall.Kill(pid, syscall.SIGKILL))
	n, err := c.WaitNotification(ctx, "window/showMessage", func(p json.RawMessage) bool {
		var m struct {
			Type    int    `json:"type"`
			Message string `json:"message"`
		}
		return json.Unmarshal(p, &m) == nil && m.Type == lsp.MessageError && strings.Contains(m.Message, "gopls")
	})
	require.NoError(t, err, "no showMessage error after gopls died")
	t.Logf("after gopls died: %s", n.Params)
	t.Logf("stderr:\n%s", s.stderr.String())
	select {
	case <-s.exited:
		var exitErr *exec.ExitError
		require.ErrorAs(t, s.err, &exitErr, "mapilint lsp must exit non-zero when gopls dies")
		assert.Equal(t, 1, exitErr.ExitCode())
	case <-time.After(30 * time.Second):
		t.Fatal("mapilint lsp did not exit after gopls died")
	}
}

// TestLSPShutdown checks the orderly end: shutdown, exit, exit status 0.
func TestLSPShutdown(t *testing.T) {
	if testing.Short() {
		t.Skip("builds mapilint and runs gopls; skipped in -short mode")
	}
	gopls := testGopls(t)
	bin := buildMapilint(t, goTool(t))
	dir := exampleModule(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	s := startServer(t, dir, bin, "lsp", "-gopls", gopls)
	s.initialize(ctx, t, dir)
	require.NoError(t, s.client.Call(ctx, "shutdown", nil, nil))
	require.NoError(t, s.client.Notify("exit", nil))
	select {
	case <-s.exited:
		require.NoError(t, s.err, "mapilint lsp exits 0 after shutdown and exit")
	case <-time.After(30 * time.Second):
		t.Fatal("mapilint lsp did not exit")
	}
	assert.NotContains(t, s.stderr.String(), "unexpectedly")
}

// TestLSPWithoutGopls checks that a missing gopls is an error message to
// the editor, an error response to initialize and exit status 1, not a
// hang. It needs no gopls.
func TestLSPWithoutGopls(t *testing.T) {
	if testing.Short() {
		t.Skip("builds mapilint; skipped in -short mode")
	}
	bin := buildMapilint(t, goTool(t))
	dir := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	missing := filepath.Join(dir, "no-such-gopls")
	s := startServer(t, dir, bin, "lsp", "-gopls", missing)
	err := s.client.Call(ctx, "initialize", map[string]any{"processId": nil, "rootUri": fileURI(dir), "capabilities": map[string]any{}}, nil)
	var rpcErr *lsptest.Error
	require.ErrorAs(t, err, &rpcErr, "initialize must fail")
	assert.Contains(t, rpcErr.Message, "no-such-gopls")
	n, err := s.client.WaitNotification(ctx, "window/showMessage", nil)
	require.NoError(t, err)
	var m struct {
		Type    int    `json:"type"`
		Message string `json:"message"`
	}
	require.NoError(t, json.Unmarshal(n.Params, &m))
	assert.Equal(t, lsp.MessageError, m.Type)
	assert.Contains(t, m.Message, "-gopls")
	select {
	case <-s.exited:
		var exitErr *exec.ExitError
		require.ErrorAs(t, s.err, &exitErr)
		assert.Equal(t, 1, exitErr.ExitCode())
	case <-time.After(30 * time.Second):
		t.Fatal("mapilint lsp did not exit without gopls")
	}
}

// TestLSPPassThrough checks that "mapilint lsp [--] version" is gopls's
// own version command, as editors that stand a wrapper in for gopls run
// it (VS Code runs "gopls version -json").
func TestLSPPassThrough(t *testing.T) {
	if testing.Short() {
		t.Skip("builds mapilint and runs gopls; skipped in -short mode")
	}
	gopls := testGopls(t)
	bin := buildMapilint(t, goTool(t))
	want, code := run(t, t.TempDir(), gopls, "version", "-json")
	require.Equal(t, 0, code, want)
	out, code := run(t, t.TempDir(), bin, "lsp", "-gopls", gopls, "--", "version", "-json")
	require.Equal(t, 0, code, out)
	assert.Equal(t, want, out)
	assert.Contains(t, out, `"Path": "golang.org/x/tools/gopls"`)
}
