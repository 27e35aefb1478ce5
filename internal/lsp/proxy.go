package lsp

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"golang.org/x/tools/go/analysis"
)

// DefaultDebounce is how long the proxy waits after a didChange before it
// analyses the package: edits that come faster are analysed once.
const DefaultDebounce = 300 * time.Millisecond

// A proxy sits between the editor and gopls. Two pumps copy messages,
// one per direction; the analyses run on goroutines of their own and
// publish through the same diagnostics table, so a slow analysis never
// holds up gopls's traffic.
type proxy struct {
	analyzers []*analysis.Analyzer
	debounce  time.Duration
	editor    *Writer // to the editor
	server    *Writer // to gopls
	logf      func(format string, args ...any)
	ctx       context.Context // cancelled when the proxy stops
	sem       chan struct{}   // one analysis at a time
	cache     *parseCache

	// pubMu orders publications: whoever publishes a URI's diagnostics
	// holds it from reading the table to writing the message, so the last
	// message the editor gets for a URI is the table's latest state.
	pubMu sync.Mutex

	mu              sync.Mutex
	docs            map[string]*document  // open Go files, by path
	gopls           map[string]goplsDiags // gopls's latest diagnostics, by path
	ours            map[string][]finding  // mapilint's latest diagnostics, by path
	dirs            map[string]*dirState  // analysis state, by package directory
	pending         map[string]string     // editor requests gopls has not answered: id → method
	codeActions     map[string]codeActionParams
	documentChanges bool // the editor takes WorkspaceEdit.documentChanges
	exitRequested   bool // the editor sent exit, or closed its end
}

// A document is an open Go file as the editor has it.
type document struct {
	uri     string
	version int32
	text    string
}

// goplsDiags are gopls's latest diagnostics of a file, as it sent them.
type goplsDiags struct {
	uri     string
	version json.RawMessage
	diags   []json.RawMessage
}

// dirState is the analysis state of the package in one directory.
type dirState struct {
	gen    uint64             // bumped by every change that makes earlier analyses stale
	timer  *time.Timer        // the scheduled analysis
	cancel context.CancelFunc // the running analysis
	paths  []string           // the files mapilint's last result for it covered
}

func newProxy(ctx context.Context, analyzers []*analysis.Analyzer, debounce time.Duration, editor, server *Writer, logf func(string, ...any)) *proxy {
	return &proxy{
		analyzers:   analyzers,
		debounce:    debounce,
		editor:      editor,
		server:      server,
		logf:        logf,
		ctx:         ctx,
		sem:         make(chan struct{}, 1),
		cache:       newParseCache(),
		docs:        map[string]*document{},
		gopls:       map[string]goplsDiags{},
		ours:        map[string][]finding{},
		dirs:        map[string]*dirState{},
		pending:     map[string]string{},
		codeActions: map[string]codeActionParams{},
	}
}

// errServerGone is the error of fromEditor when gopls no longer reads.
var errServerGone = errors.New("writing to gopls")

// fromEditor copies the editor's messages to gopls, watching the text
// documents go by. It returns at the end of the editor's stream (io.EOF),
// or when gopls can no longer be written to (errServerGone).
func (p *proxy) fromEditor(r *bufio.Reader) error {
	for {
		body, err := ReadMessage(r)
		if err != nil {
			return err
		}
		p.editorMessage(body)
		if err := p.server.Write(body); err != nil {
			return fmt.Errorf("%w: %v", errServerGone, err)
		}
	}
}

// editorMessage looks at one message from the editor before it goes to
// gopls unchanged.
func (p *proxy) editorMessage(body []byte) {
	var m envelope
	if json.Unmarshal(body, &m) != nil {
		return // not ours to judge: gopls will answer it
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if m.isRequest() {
		p.pending[idKey(m.ID)] = m.Method
	}
	switch m.Method {
	case "initialize":
		var params initializeParams
		if json.Unmarshal(m.Params, &params) == nil {
			p.documentChanges = params.Capabilities.Workspace.WorkspaceEdit.DocumentChanges
		}
	case "exit":
		p.exitRequested = true
	case "textDocument/didOpen":
		var params didOpenParams
		if json.Unmarshal(m.Params, &params) != nil {
			return
		}
		doc := params.TextDocument
		path, ok := uriPath(doc.URI)
		if !ok || !isGo(path, doc.LanguageID) {
			return
		}
		p.docs[path] = &document{uri: doc.URI, version: doc.Version, text: doc.Text}
		p.schedule(filepath.Dir(path), 0)
	case "textDocument/didChange":
		var params didChangeParams
		if json.Unmarshal(m.Params, &params) != nil {
			return
		}
		path, ok := uriPath(params.TextDocument.URI)
		doc := p.docs[path]
		if !ok || doc == nil {
			return
		}
		text, err := applyChanges(doc.text, params.ContentChanges)
		if err != nil {
			// Out of step with the editor: drop the buffer, so that the
			// file is analysed as it is on disk until it is reopened.
			p.logf("%s: %v; analysing the file on disk until it is reopened", path, err)
			delete(p.docs, path)
		} else {
			doc.text, doc.version = text, params.TextDocument.Version
		}
		p.schedule(filepath.Dir(path), p.debounce)
	case "textDocument/didSave":
		var params textDocumentParams
		if json.Unmarshal(m.Params, &params) != nil {
			return
		}
		if path, ok := uriPath(params.TextDocument.URI); ok && p.docs[path] != nil {
			p.schedule(filepath.Dir(path), 0)
		}
	case "textDocument/didClose":
		var params textDocumentParams
		if json.Unmarshal(m.Params, &params) != nil {
			return
		}
		path, ok := uriPath(params.TextDocument.URI)
		if !ok || p.docs[path] == nil {
			return
		}
		delete(p.docs, path)
		dir := filepath.Dir(path)
		if p.openIn(dir) {
			p.schedule(dir, 0) // the file as it is on disk now
		} else {
			p.forget(dir)
		}
	case "workspace/didChangeWatchedFiles":
		// A file changed on disk (a checkout, a generator): the packages
		// with open files that it belongs to are analysed again.
		var params struct {
			Changes []struct {
				URI string `json:"uri"`
			} `json:"changes"`
		}
		if json.Unmarshal(m.Params, &params) != nil {
			return
		}
		for _, c := range params.Changes {
			path, ok := uriPath(c.URI)
			if ok && strings.HasSuffix(path, ".go") && p.docs[path] == nil && p.openIn(filepath.Dir(path)) {
				p.schedule(filepath.Dir(path), p.debounce)
			}
		}
	case "textDocument/codeAction":
		var params codeActionParams
		if m.isRequest() && json.Unmarshal(m.Params, &params) == nil {
			p.codeActions[idKey(m.ID)] = params
		}
	}
}

// isGo reports whether an opened document is a Go file.
func isGo(path, languageID string) bool {
	return languageID == "go" || strings.HasSuffix(path, ".go")
}

// openIn reports whether a Go file of dir is open. p.mu is held.
func (p *proxy) openIn(dir string) bool {
	for path := range p.docs {
		if filepath.Dir(path) == dir {
			return true
		}
	}
	return false
}

// fromServer copies gopls's messages to the editor, merging diagnostics
// and code actions. It returns at the end of gopls's stream.
func (p *proxy) fromServer(r *bufio.Reader) error {
	for {
		body, err := ReadMessage(r)
		if err != nil {
			return err
		}
		if err := p.serverMessage(body); err != nil {
			return fmt.Errorf("writing to the editor: %w", err)
		}
	}
}

// serverMessage passes one message from gopls to the editor.
func (p *proxy) serverMessage(body []byte) error {
	var m envelope
	if json.Unmarshal(body, &m) != nil {
		return p.editor.Write(body)
	}
	switch {
	case m.Method == "textDocument/publishDiagnostics":
		var params publishDiagnosticsParams
		if json.Unmarshal(m.Params, &params) != nil {
			return p.editor.Write(body)
		}
		return p.goplsPublished(params, body)
	case m.isResponse():
		key := idKey(m.ID)
		p.mu.Lock()
		delete(p.pending, key)
		params, isCodeAction := p.codeActions[key]
		delete(p.codeActions, key)
		var actions []CodeAction
		if isCodeAction && len(m.Error) == 0 {
			actions = p.quickFixes(params)
		}
		p.mu.Unlock()
		if len(actions) > 0 {
			if merged, ok := mergeActions(m.ID, m.Result, actions); ok {
				return p.editor.Write(merged)
			}
		}
	}
	return p.editor.Write(body)
}

// goplsPublished records gopls's diagnostics of a file and publishes the
// union with mapilint's; when mapilint has none there, gopls's message
// goes out as it came.
func (p *proxy) goplsPublished(params publishDiagnosticsParams, body []byte) error {
	path, ok := uriPath(params.URI)
	if !ok {
		return p.editor.Write(body)
	}
	p.pubMu.Lock()
	defer p.pubMu.Unlock()
	p.mu.Lock()
	p.gopls[path] = goplsDiags{uri: params.URI, version: params.Version, diags: params.Diagnostics}
	if len(params.Diagnostics) == 0 {
		delete(p.gopls, path)
	}
	ours := len(p.ours[path])
	p.mu.Unlock()
	if ours == 0 {
		return p.editor.Write(body)
	}
	return p.publishLocked(path)
}

// publish publishes the union of gopls's and mapilint's latest
// diagnostics of path.
func (p *proxy) publish(path string) error {
	p.pubMu.Lock()
	defer p.pubMu.Unlock()
	return p.publishLocked(path)
}

// publishLocked is publish with p.pubMu held.
func (p *proxy) publishLocked(path string) error {
	p.mu.Lock()
	g := p.gopls[path]
	uri := g.uri
	if uri == "" {
		uri = p.uriLocked(path)
	}
	params := publishDiagnosticsParams{URI: uri, Version: g.version, Diagnostics: slices.Clone(g.diags)}
	if params.Diagnostics == nil {
		params.Diagnostics = []json.RawMessage{}
	}
	for _, f := range p.ours[path] {
		d, err := json.Marshal(f.diag)
		if err == nil {
			params.Diagnostics = append(params.Diagnostics, d)
		}
	}
	p.mu.Unlock()
	return p.editor.WriteJSON(notification{JSONRPC: "2.0", Method: "textDocument/publishDiagnostics", Params: params})
}

// uriLocked is the URI of path: the editor's for an open file. p.mu is
// held.
func (p *proxy) uriLocked(path string) string {
	if doc := p.docs[path]; doc != nil {
		return doc.uri
	}
	if g, ok := p.gopls[path]; ok {
		return g.uri
	}
	return fileURI(path)
}

// quickFixes are mapilint's code actions for a codeAction request: the
// suggested fixes of its diagnostics in the requested range, as long as
// they were computed on the document the editor has now. p.mu is held.
func (p *proxy) quickFixes(params codeActionParams) []CodeAction {
	if len(params.Context.Only) > 0 && !slices.ContainsFunc(params.Context.Only, func(kind string) bool {
		return kind == "" || kind == CodeActionKindQuickFix || strings.HasPrefix(CodeActionKindQuickFix, kind+".")
	}) {
		return nil
	}
	path, ok := uriPath(params.TextDocument.URI)
	if !ok {
		return nil
	}
	var actions []CodeAction
	for _, f := range p.ours[path] {
		if !intersects(f.diag.Range, params.Range) || len(f.fixes) == 0 {
			continue
		}
		for _, fix := range f.fixes {
			edit, ok := p.workspaceEdit(fix)
			if !ok {
				continue
			}
			actions = append(actions, CodeAction{
				Title:       fix.title,
				Kind:        CodeActionKindQuickFix,
				Diagnostics: []Diagnostic{f.diag},
				IsPreferred: len(f.fixes) == 1,
				Edit:        edit,
			})
		}
	}
	return actions
}

// workspaceEdit is the edit of a fix, or false when a file it edits has
// changed since the analysis. p.mu is held.
func (p *proxy) workspaceEdit(fix quickFix) (*WorkspaceEdit, bool) {
	paths := make([]string, 0, len(fix.edits))
	for path := range fix.edits {
		if !p.current(path, fix.versions[path]) {
			return nil, false
		}
		paths = append(paths, path)
	}
	slices.Sort(paths)
	edit := &WorkspaceEdit{}
	for _, path := range paths {
		uri := p.uriLocked(path)
		if p.documentChanges {
			edit.DocumentChanges = append(edit.DocumentChanges, TextDocumentEdit{
				TextDocument: VersionedTextDocumentIdentifier{URI: uri, Version: fix.versions[path]},
				Edits:        fix.edits[path],
			})
		} else {
			if edit.Changes == nil {
				edit.Changes = map[string][]TextEdit{}
			}
			edit.Changes[uri] = fix.edits[path]
		}
	}
	return edit, true
}

// current reports whether path is as it was analysed: open at that
// version, or analysed from disk and not open since. p.mu is held.
func (p *proxy) current(path string, version *int32) bool {
	doc := p.docs[path]
	if version == nil {
		return doc == nil
	}
	return doc != nil && doc.version == *version
}

// mergeActions is gopls's codeAction response with mapilint's actions
// appended, or false if gopls's result is not a list.
func mergeActions(id, result json.RawMessage, actions []CodeAction) ([]byte, bool) {
	var items []json.RawMessage
	if len(result) > 0 && string(result) != "null" {
		if json.Unmarshal(result, &items) != nil {
			return nil, false
		}
	}
	for _, a := range actions {
		data, err := json.Marshal(a)
		if err != nil {
			return nil, false
		}
		items = append(items, data)
	}
	if items == nil {
		items = []json.RawMessage{}
	}
	body, err := json.Marshal(response{JSONRPC: "2.0", ID: id, Result: items})
	return body, err == nil
}

// schedule (re)starts the analysis of the package in dir after delay,
// cancelling the one under way and any scheduled: they are stale. p.mu
// is held.
func (p *proxy) schedule(dir string, delay time.Duration) {
	st := p.dirs[dir]
	if st == nil {
		st = &dirState{}
		p.dirs[dir] = st
	}
	st.gen++
	p.stopLocked(st)
	gen := st.gen
	st.timer = time.AfterFunc(delay, func() { p.run(dir, gen) })
}

// stopLocked cancels the scheduled and running analyses of st. p.mu is
// held.
func (p *proxy) stopLocked(st *dirState) {
	if st.timer != nil {
		st.timer.Stop()
		st.timer = nil
	}
	if st.cancel != nil {
		st.cancel()
		st.cancel = nil
	}
}

// forget drops mapilint's diagnostics of the package in dir, whose last
// open file was closed, and stops its analyses. p.mu is held.
func (p *proxy) forget(dir string) {
	st := p.dirs[dir]
	if st == nil {
		return
	}
	st.gen++
	p.stopLocked(st)
	paths := st.paths
	delete(p.dirs, dir)
	for _, path := range paths {
		delete(p.ours, path)
	}
	go func() {
		for _, path := range paths {
			if err := p.publish(path); err != nil {
				return
			}
		}
	}()
}

// run analyses the package in dir if no newer change made generation gen
// stale, and publishes the result unless one did meanwhile.
func (p *proxy) run(dir string, gen uint64) {
	p.mu.Lock()
	st := p.dirs[dir]
	if st == nil || st.gen != gen || p.ctx.Err() != nil {
		p.mu.Unlock()
		return
	}
	ctx, cancel := context.WithCancel(p.ctx)
	defer cancel()
	st.cancel = cancel
	snap := snapshot{}
	for path, doc := range p.docs {
		snap[path] = snapDoc{uri: doc.uri, text: doc.text, version: doc.version}
	}
	p.mu.Unlock()

	select {
	case p.sem <- struct{}{}:
		defer func() { <-p.sem }()
	case <-ctx.Done():
		return
	}
	var byPath map[string][]finding
	if mentionsMapilint(dir, snap) {
		var err error
		start := time.Now()
		byPath, err = analyse(ctx, p.analyzers, p.cache, dir, snap, p.logf)
		switch {
		case ctx.Err() != nil:
			return // stale
		case errors.Is(err, errNotChecked):
			// gopls reports why; mapilint keeps its last diagnostics of the
			// package until it type-checks again.
			return
		case err != nil:
			p.logf("analysing %s: %v", dir, err)
			return
		}
		p.logf("analysed %s in %v", dir, time.Since(start).Round(time.Millisecond))
	}

	p.mu.Lock()
	if st.gen != gen {
		p.mu.Unlock()
		return // stale: a newer analysis is on its way
	}
	st.cancel = nil
	changed := slices.Clone(st.paths)
	for _, path := range st.paths {
		delete(p.ours, path)
	}
	st.paths = st.paths[:0]
	for path, findings := range byPath {
		p.ours[path] = findings
		st.paths = append(st.paths, path)
		if !slices.Contains(changed, path) {
			changed = append(changed, path)
		}
	}
	p.mu.Unlock()
	slices.Sort(changed)
	for _, path := range changed {
		if err := p.publish(path); err != nil {
			return
		}
	}
}

// stop cancels every analysis.
func (p *proxy) stop() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, st := range p.dirs {
		st.gen++
		p.stopLocked(st)
	}
}

// failPending answers every editor request gopls left unanswered with an
// error, so that the editor does not wait for them forever.
func (p *proxy) failPending(msg string) {
	p.mu.Lock()
	ids := make([]string, 0, len(p.pending))
	for id := range p.pending {
		ids = append(ids, id)
	}
	clear(p.pending)
	p.mu.Unlock()
	slices.Sort(ids)
	for _, id := range ids {
		_ = p.editor.WriteJSON(response{JSONRPC: "2.0", ID: json.RawMessage(id),
			Error: &responseError{Code: codeRequestFailed, Message: msg}})
	}
}

// showMessage sends window/showMessage to the editor.
func showMessage(w *Writer, typ int, msg string) error {
	return w.WriteJSON(notification{JSONRPC: "2.0", Method: "window/showMessage",
		Params: showMessageParams{Type: typ, Message: msg}})
}

// drain reads and discards the rest of r, so that a writer on the other
// end never blocks.
func drain(r io.Reader) { _, _ = io.Copy(io.Discard, r) }
