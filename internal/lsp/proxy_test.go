package lsp

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"

	"github.com/mapilint/mapilint/internal/lsp/lsptest"
	"github.com/mapilint/mapilint/passes/abortflag"
	"github.com/mapilint/mapilint/passes/releaseorder"
	"github.com/mapilint/mapilint/passes/storelogoff"
)

var analyzers = []*analysis.Analyzer{storelogoff.Analyzer, releaseorder.Analyzer, abortflag.Analyzer}

var passes = []string{"storelogoff", "releaseorder", "abortflag"}

// exampleModule copies examples/provider into a module of its own and
// returns its directory.
func exampleModule(t testing.TB) string {
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
	t.Setenv("GOWORK", "off")
	t.Setenv("GOFLAGS", "-mod=mod")
	return dir
}

// A fakeGopls answers the proxy as gopls would, in a few words: it
// publishes one error per opened or changed document, answers code
// actions with one action of its own and records what it receives.
type fakeGopls struct {
	w *Writer

	mu       sync.Mutex
	received [][]byte
}

func (f *fakeGopls) serve(r *bufio.Reader) {
	for {
		body, err := ReadMessage(r)
		if err != nil {
			return
		}
		f.mu.Lock()
		f.received = append(f.received, body)
		f.mu.Unlock()
		var m envelope
		if json.Unmarshal(body, &m) != nil {
			continue
		}
		var doc struct {
			TextDocument struct {
				URI     string `json:"uri"`
				Version int    `json:"version"`
			} `json:"textDocument"`
		}
		_ = json.Unmarshal(m.Params, &doc)
		switch m.Method {
		case "initialize":
			_ = f.w.WriteJSON(response{JSONRPC: "2.0", ID: m.ID, Result: map[string]any{
				"capabilities": map[string]any{"codeActionProvider": true, "hoverProvider": true},
			}})
		case "textDocument/didOpen", "textDocument/didChange":
			_ = f.w.WriteJSON(notification{JSONRPC: "2.0", Method: "textDocument/publishDiagnostics", Params: map[string]any{
				"uri":     doc.TextDocument.URI,
				"version": doc.TextDocument.Version,
				"diagnostics": []map[string]any{{
					"range":    Range{},
					"severity": SeverityError,
					"source":   "compiler",
					"message":  fmt.Sprintf("fake error in version %d", doc.TextDocument.Version),
				}},
			}})
		case "textDocument/codeAction":
			_ = f.w.WriteJSON(response{JSONRPC: "2.0", ID: m.ID, Result: []map[string]any{
				{"title": "gopls's own action", "kind": "refactor.rewrite"},
			}})
		case "textDocument/hover":
			_ = f.w.WriteJSON(response{JSONRPC: "2.0", ID: m.ID, Result: map[string]any{"contents": "fake hover"}})
		}
	}
}

func (f *fakeGopls) got() [][]byte {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([][]byte(nil), f.received...)
}

// logLines collects the proxy's log.
type logLines struct {
	mu    sync.Mutex
	lines []string
}

func (l *logLines) logf(format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.lines = append(l.lines, fmt.Sprintf(format, args...))
}

func (l *logLines) count(prefix string) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := 0
	for _, line := range l.lines {
		if strings.HasPrefix(line, prefix) {
			n++
		}
	}
	return n
}

// fakeSession is a proxy between a test client and a fake gopls, all in
// process.
type fakeSession struct {
	client *lsptest.Client
	raw    *Writer // the editor's end, for messages written byte by byte
	gopls  *fakeGopls
	log    *logLines
}

func newFakeSession(t *testing.T, debounce time.Duration) *fakeSession {
	editorR, editorW := io.Pipe() // editor → proxy
	toEditorR, toEditorW := io.Pipe()
	toServerR, toServerW := io.Pipe()
	serverR, serverW := io.Pipe() // gopls → proxy
	ctx, cancel := context.WithCancel(context.Background())
	log := &logLines{}
	p := newProxy(ctx, analyzers, debounce, NewWriter(toEditorW), NewWriter(toServerW), log.logf)
	gopls := &fakeGopls{w: NewWriter(serverW)}
	go gopls.serve(bufio.NewReader(toServerR))
	go func() { _ = p.fromEditor(bufio.NewReader(editorR)); toServerW.Close() }()
	go func() { _ = p.fromServer(bufio.NewReader(serverR)); toEditorW.Close() }()
	t.Cleanup(func() {
		cancel()
		p.stop()
		editorW.Close()
		serverW.Close()
	})
	return &fakeSession{client: lsptest.New(toEditorR, editorW), raw: NewWriter(editorW), gopls: gopls, log: log}
}

// TestProxy checks the proxy's merging against a fake gopls: the union
// of both diagnostics, gopls's messages otherwise untouched, analyses
// debounced and made stale by edits, quick fixes in code actions.
func TestProxy(t *testing.T) {
	if testing.Short() {
		t.Skip("loads packages with the go command; skipped in -short mode")
	}
	dir := exampleModule(t)
	s := newFakeSession(t, 200*time.Millisecond)
	c := s.client
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	require.NoError(t, c.Call(ctx, "initialize", map[string]any{
		"capabilities": map[string]any{"workspace": map[string]any{"workspaceEdit": map[string]any{"documentChanges": false}}},
	}, nil))

	// Messages the proxy has no business with reach gopls byte for byte.
	custom := []byte(`{"jsonrpc":"2.0",  "method":"custom/thing","params":{"b":1,"a":[2, 3]}}`)
	require.NoError(t, s.raw.Write(custom))

	storePath := filepath.Join(dir, "store.go")
	uri := fileURI(storePath)
	data, err := os.ReadFile(storePath)
	require.NoError(t, err)
	text := string(data)
	require.NoError(t, c.Notify("textDocument/didOpen", map[string]any{
		"textDocument": map[string]any{"uri": uri, "languageId": "go", "version": 1, "text": text},
	}))
	diags, err := c.WaitDiagnostics(ctx, uri, func(ds []lsptest.Diagnostic) bool {
		return len(lsptest.BySource(ds, passes...)) == 3
	})
	require.NoError(t, err)
	require.Len(t, lsptest.BySource(diags, "compiler"), 1, "gopls's diagnostic stays in the union")
	assert.Equal(t, "fake error in version 1", lsptest.BySource(diags, "compiler")[0].Message)
	assert.Len(t, diags, 4)
	assert.Contains(t, s.gopls.got(), custom)
	assert.Equal(t, 1, s.log.count("analysed "))

	// Two quick edits: one analysis, of the second. The first removes the
	// storelogoff mistake, the second puts it back.
	fixed := strings.Replace(text,
		"\ts.closeFolders()\n\terr := s.support.StoreLogoffTransports(flags)\n",
		"\terr := s.support.StoreLogoffTransports(flags)\n\ts.closeFolders()\n", 1)
	require.NotEqual(t, text, fixed)
	for i, body := range []string{fixed, text} {
		require.NoError(t, c.Notify("textDocument/didChange", map[string]any{
			"textDocument":   map[string]any{"uri": uri, "version": 2 + i},
			"contentChanges": []map[string]any{{"text": body}},
		}))
	}
	_, err = c.WaitDiagnostics(ctx, uri, func(ds []lsptest.Diagnostic) bool {
		return len(ds) == 4 && lsptest.BySource(ds, "compiler")[0].Message == "fake error in version 3"
	})
	require.NoError(t, err)
	require.Eventually(t, func() bool { return s.log.count("analysed ") == 2 }, time.Minute, 20*time.Millisecond)
	time.Sleep(500 * time.Millisecond)
	assert.Equal(t, 2, s.log.count("analysed "), "two edits within the debounce are analysed once")
	for _, p := range c.Publications() {
		if p.URI == uri && len(lsptest.BySource(p.Diagnostics, "storelogoff")) == 0 && len(lsptest.BySource(p.Diagnostics, passes...)) > 0 {
			t.Errorf("the stale version 2 was published: %v", p.Diagnostics)
		}
	}

	// An incremental edit: remove the mistake by moving one line.
	line, err := lsptest.PositionOf(text, "\ts.closeFolders()\n\terr :=", 0)
	require.NoError(t, err)
	require.NoError(t, c.Notify("textDocument/didChange", map[string]any{
		"textDocument": map[string]any{"uri": uri, "version": 4},
		"contentChanges": []map[string]any{
			{"range": Range{Start: Position{line.Line, line.Character}, End: Position{Line: line.Line + 1}}, "text": ""},
			{"range": Range{Start: Position{Line: line.Line + 1}, End: Position{Line: line.Line + 1}}, "text": "\ts.closeFolders()\n"},
		},
	}))
	diags, err = c.WaitDiagnostics(ctx, uri, func(ds []lsptest.Diagnostic) bool {
		return len(lsptest.BySource(ds, passes...)) == 2 && len(lsptest.BySource(ds, "storelogoff")) == 0
	})
	require.NoError(t, err)

	// Code actions: gopls's, then mapilint's quick fix (changes, as this
	// editor takes no documentChanges); none of mapilint's when only
	// refactorings are asked for.
	ro := lsptest.BySource(diags, "releaseorder")[0]
	var actions []CodeAction
	require.NoError(t, c.Call(ctx, "textDocument/codeAction", map[string]any{
		"textDocument": map[string]any{"uri": uri}, "range": ro.Range, "context": map[string]any{"diagnostics": []any{}},
	}, &actions))
	require.Len(t, actions, 2)
	assert.Equal(t, "gopls's own action", actions[0].Title)
	assert.Equal(t, "release the support object before returning", actions[1].Title)
	require.NotNil(t, actions[1].Edit)
	assert.Empty(t, actions[1].Edit.DocumentChanges)
	require.Len(t, actions[1].Edit.Changes[uri], 1)
	assert.Equal(t, "s.support.Release()\n\t\t", actions[1].Edit.Changes[uri][0].NewText)
	require.NoError(t, c.Call(ctx, "textDocument/codeAction", map[string]any{
		"textDocument": map[string]any{"uri": uri}, "range": ro.Range,
		"context": map[string]any{"diagnostics": []any{}, "only": []string{"refactor"}},
	}, &actions))
	require.Len(t, actions, 1)
	var hover struct{ Contents string }
	require.NoError(t, c.Call(ctx, "textDocument/hover", map[string]any{"textDocument": map[string]any{"uri": uri}}, &hover))
	assert.Equal(t, "fake hover", hover.Contents)

	// A file of the package changes on disk: the package is analysed again.
	extra := filepath.Join(dir, "extra.go")
	require.NoError(t, os.WriteFile(extra, []byte("package provider\n\n//mapilint:ignore abortflag nothing to silence\nvar extra = 1\n"), 0o644))
	require.NoError(t, c.Notify("workspace/didChangeWatchedFiles", map[string]any{
		"changes": []map[string]any{{"uri": fileURI(extra), "type": 1}},
	}))
	extraDiags, err := c.WaitDiagnostics(ctx, fileURI(extra), func(ds []lsptest.Diagnostic) bool { return len(ds) == 1 })
	require.NoError(t, err)
	assert.Equal(t, "abortflag", extraDiags[0].Source)
	assert.Equal(t, "mapilint:ignore directive for abortflag silences nothing", extraDiags[0].Message)

	// Closing the last file of the package withdraws mapilint's
	// diagnostics and keeps gopls's.
	require.NoError(t, c.Notify("textDocument/didClose", map[string]any{"textDocument": map[string]any{"uri": uri}}))
	diags, err = c.WaitDiagnostics(ctx, uri, func(ds []lsptest.Diagnostic) bool {
		return len(lsptest.BySource(ds, passes...)) == 0
	})
	require.NoError(t, err)
	assert.Len(t, lsptest.BySource(diags, "compiler"), 1)
	_, err = c.WaitDiagnostics(ctx, fileURI(extra), func(ds []lsptest.Diagnostic) bool { return len(ds) == 0 })
	require.NoError(t, err)

	for _, p := range c.Publications() {
		seen := map[string]bool{}
		for _, d := range p.Diagnostics {
			k := d.String()
			assert.False(t, seen[k], "published twice: %s", k)
			seen[k] = true
		}
	}
}

// TestNoMention checks that a package that does not mention StoreLogoff
// or mapilint: is not analysed, and gopls's diagnostics pass through.
func TestNoMention(t *testing.T) {
	dir := t.TempDir()
	s := newFakeSession(t, 10*time.Millisecond)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	require.NoError(t, s.client.Call(ctx, "initialize", map[string]any{}, nil))
	uri := fileURI(filepath.Join(dir, "a.go"))
	require.NoError(t, s.client.Notify("textDocument/didOpen", map[string]any{
		"textDocument": map[string]any{"uri": uri, "languageId": "go", "version": 1, "text": "package a\n"},
	}))
	diags, err := s.client.WaitDiagnostics(ctx, uri, func(ds []lsptest.Diagnostic) bool { return len(ds) > 0 })
	require.NoError(t, err)
	assert.Len(t, diags, 1)
	time.Sleep(200 * time.Millisecond)
	assert.Zero(t, s.log.count("analysed "))
	assert.Len(t, s.client.Publications(), 1, "gopls's one publication, nothing of mapilint's")
}

// TestAnalysePanics checks that a panic that escapes an analyzer is an
// error of the analysis, not the end of the server.
func TestAnalysePanics(t *testing.T) {
	if testing.Short() {
		t.Skip("loads packages with the go command; skipped in -short mode")
	}
	dir := exampleModule(t)
	boom := &analysis.Analyzer{
		Name: "boom",
		Doc:  "panics",
		Run:  func(*analysis.Pass) (any, error) { panic("boom") },
	}
	var logged []string
	_, err := analyse(context.Background(), []*analysis.Analyzer{boom}, newParseCache(), dir, snapshot{},
		func(format string, args ...any) { logged = append(logged, fmt.Sprintf(format, args...)) })
	require.Error(t, err)
	assert.Contains(t, err.Error(), "internal error")
	assert.NotEmpty(t, logged)
}
