// Package lsptest is a small Language Server Protocol client for tests:
// it sends requests and notifications, answers the server's requests,
// and keeps every notification and each file's latest diagnostics.
package lsptest

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Position is an LSP position: a zero-based line and a character offset
// in UTF-16 code units.
type Position struct {
	Line      int `json:"line"`
	Character int `json:"character"`
}

// Range is an LSP range.
type Range struct {
	Start Position `json:"start"`
	End   Position `json:"end"`
}

// Location is a range of a document.
type Location struct {
	URI   string `json:"uri"`
	Range Range  `json:"range"`
}

// RelatedInformation is a diagnostic's related information.
type RelatedInformation struct {
	Location Location `json:"location"`
	Message  string   `json:"message"`
}

// CodeAction is a code action with its edit.
type CodeAction struct {
	Title       string       `json:"title"`
	Kind        string       `json:"kind"`
	Diagnostics []Diagnostic `json:"diagnostics"`
	IsPreferred bool         `json:"isPreferred"`
	Edit        *struct {
		Changes         map[string][]TextEdit `json:"changes"`
		DocumentChanges []struct {
			TextDocument struct {
				URI     string `json:"uri"`
				Version *int   `json:"version"`
			} `json:"textDocument"`
			Edits []TextEdit `json:"edits"`
		} `json:"documentChanges"`
	} `json:"edit"`
}

// TextEdit is an LSP text edit.
type TextEdit struct {
	Range   Range  `json:"range"`
	NewText string `json:"newText"`
}

// Diagnostic is a published diagnostic, gopls's or mapilint's.
type Diagnostic struct {
	Range           Range           `json:"range"`
	Severity        int             `json:"severity,omitempty"`
	Code            json.RawMessage `json:"code,omitempty"`
	CodeDescription *struct {
		Href string `json:"href"`
	} `json:"codeDescription,omitempty"`
	Source             string               `json:"source,omitempty"`
	Message            string               `json:"message"`
	RelatedInformation []RelatedInformation `json:"relatedInformation,omitempty"`
}

// CodeString is the diagnostic's code as a string ("" if none).
func (d Diagnostic) CodeString() string {
	var s string
	if json.Unmarshal(d.Code, &s) == nil {
		return s
	}
	return strings.Trim(string(d.Code), `"`)
}

// String is the diagnostic in a line: "source line:col message".
func (d Diagnostic) String() string {
	return fmt.Sprintf("%s %d:%d %s", d.Source, d.Range.Start.Line+1, d.Range.Start.Character+1, d.Message)
}

// Notification is a notification from the server.
type Notification struct {
	Method string
	Params json.RawMessage
	At     time.Time
}

// Publication is one textDocument/publishDiagnostics.
type Publication struct {
	URI         string       `json:"uri"`
	Diagnostics []Diagnostic `json:"diagnostics"`
	At          time.Time    `json:"-"`
}

// An Error is an error response.
type Error struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

// Error is the message and the code.
func (e *Error) Error() string { return fmt.Sprintf("%s (code %d)", e.Message, e.Code) }

// A Client talks to one server.
type Client struct {
	w *writer

	mu      sync.Mutex
	changed chan struct{} // closed and replaced whenever something arrives
	nextID  int
	replies map[int]chan reply
	notes   []Notification
	pubs    []Publication
	latest  map[string]Publication
	err     error // why reading stopped
	done    chan struct{}
}

type reply struct {
	result json.RawMessage
	err    *Error
}

// New returns a client reading the server's output from r and writing
// its input to w.
func New(r io.Reader, w io.Writer) *Client {
	c := &Client{
		w:       &writer{w: w},
		changed: make(chan struct{}),
		replies: map[int]chan reply{},
		latest:  map[string]Publication{},
		done:    make(chan struct{}),
	}
	go c.read(bufio.NewReader(r))
	return c
}

// Done is closed when the server's output ends.
func (c *Client) Done() <-chan struct{} { return c.done }

func (c *Client) read(r *bufio.Reader) {
	defer close(c.done)
	for {
		body, err := readMessage(r)
		if err != nil {
			c.mu.Lock()
			c.err = err
			c.signal()
			c.mu.Unlock()
			return
		}
		var m struct {
			ID     json.RawMessage `json:"id"`
			Method string          `json:"method"`
			Params json.RawMessage `json:"params"`
			Result json.RawMessage `json:"result"`
			Error  *Error          `json:"error"`
		}
		if err := json.Unmarshal(body, &m); err != nil {
			continue
		}
		hasID := len(m.ID) > 0 && string(m.ID) != "null"
		switch {
		case m.Method != "" && hasID:
			c.answer(m.ID, m.Method, m.Params)
		case m.Method != "":
			c.mu.Lock()
			now := time.Now()
			c.notes = append(c.notes, Notification{Method: m.Method, Params: m.Params, At: now})
			if m.Method == "textDocument/publishDiagnostics" {
				var p Publication
				if json.Unmarshal(m.Params, &p) == nil {
					p.At = now
					c.pubs = append(c.pubs, p)
					c.latest[p.URI] = p
				}
			}
			c.signal()
			c.mu.Unlock()
		case hasID:
			var id int
			if json.Unmarshal(m.ID, &id) != nil {
				continue
			}
			c.mu.Lock()
			ch := c.replies[id]
			delete(c.replies, id)
			c.mu.Unlock()
			if ch != nil {
				ch <- reply{m.Result, m.Error}
			}
		}
	}
}

// signal wakes the waiters; c.mu is held.
func (c *Client) signal() {
	close(c.changed)
	c.changed = make(chan struct{})
}

// answer answers a request of the server: workspace/configuration with
// no settings, anything else with null.
func (c *Client) answer(id json.RawMessage, method string, params json.RawMessage) {
	var result any
	if method == "workspace/configuration" {
		var p struct {
			Items []json.RawMessage `json:"items"`
		}
		_ = json.Unmarshal(params, &p)
		result = make([]any, len(p.Items))
	}
	_ = c.w.WriteJSON(map[string]any{"jsonrpc": "2.0", "id": id, "result": result})
}

// Call sends a request and waits for its response, decoding the result
// into result (unless nil).
func (c *Client) Call(ctx context.Context, method string, params, result any) error {
	c.mu.Lock()
	c.nextID++
	id := c.nextID
	ch := make(chan reply, 1)
	c.replies[id] = ch
	c.mu.Unlock()
	if err := c.w.WriteJSON(map[string]any{"jsonrpc": "2.0", "id": id, "method": method, "params": params}); err != nil {
		return err
	}
	select {
	case r := <-ch:
		if r.err != nil {
			return r.err
		}
		if result != nil {
			return json.Unmarshal(r.result, result)
		}
		return nil
	case <-c.done:
		return fmt.Errorf("%s: the server's output ended: %v", method, c.readErr())
	case <-ctx.Done():
		return fmt.Errorf("%s: %w", method, ctx.Err())
	}
}

// Notify sends a notification.
func (c *Client) Notify(method string, params any) error {
	return c.w.WriteJSON(map[string]any{"jsonrpc": "2.0", "method": method, "params": params})
}

func (c *Client) readErr() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.err
}

// wait calls check with c.mu held whenever something arrives, until it
// returns true, the server's output ends or ctx is done.
func (c *Client) wait(ctx context.Context, what string, check func() bool) error {
	for {
		c.mu.Lock()
		ok := check()
		changed := c.changed
		c.mu.Unlock()
		if ok {
			return nil
		}
		select {
		case <-changed:
		case <-c.done:
			c.mu.Lock()
			ok := check()
			c.mu.Unlock()
			if ok {
				return nil
			}
			return fmt.Errorf("waiting for %s: the server's output ended: %v", what, c.readErr())
		case <-ctx.Done():
			return fmt.Errorf("waiting for %s: %w", what, ctx.Err())
		}
	}
}

// WaitDiagnostics waits until the latest diagnostics published for uri
// satisfy ok, and returns them.
func (c *Client) WaitDiagnostics(ctx context.Context, uri string, ok func([]Diagnostic) bool) ([]Diagnostic, error) {
	var got []Diagnostic
	err := c.wait(ctx, "diagnostics of "+uri, func() bool {
		p, published := c.latest[uri]
		got = p.Diagnostics
		return published && ok(p.Diagnostics)
	})
	if err != nil {
		var lines []string
		for _, d := range got {
			lines = append(lines, "\t"+d.String())
		}
		return got, fmt.Errorf("%w; the latest:\n%s", err, strings.Join(lines, "\n"))
	}
	return got, nil
}

// WaitNotification waits for a notification of method whose parameters
// satisfy ok (nil: any), received since the client started, and returns
// the first.
func (c *Client) WaitNotification(ctx context.Context, method string, ok func(json.RawMessage) bool) (Notification, error) {
	var found Notification
	err := c.wait(ctx, method, func() bool {
		for _, n := range c.notes {
			if n.Method == method && (ok == nil || ok(n.Params)) {
				found = n
				return true
			}
		}
		return false
	})
	return found, err
}

// Publications are all the publishDiagnostics received so far.
func (c *Client) Publications() []Publication {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]Publication(nil), c.pubs...)
}

// Latest are the latest diagnostics published for uri.
func (c *Client) Latest(uri string) []Diagnostic {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.latest[uri].Diagnostics
}

// BySource keeps the diagnostics whose source is one of sources.
func BySource(diags []Diagnostic, sources ...string) []Diagnostic {
	var out []Diagnostic
	for _, d := range diags {
		for _, s := range sources {
			if d.Source == s {
				out = append(out, d)
				break
			}
		}
	}
	return out
}

// ApplyEdits applies LSP text edits (all against text as it is) to text.
func ApplyEdits(text string, edits []TextEdit) (string, error) {
	type span struct {
		start, end int
		text       string
	}
	var spans []span
	for _, e := range edits {
		start, err := Offset(text, e.Range.Start)
		if err != nil {
			return "", err
		}
		end, err := Offset(text, e.Range.End)
		if err != nil {
			return "", err
		}
		spans = append(spans, span{start, end, e.NewText})
	}
	// Apply from the end, so earlier offsets stay valid; edits at one
	// offset keep their order.
	for i := len(spans) - 1; i >= 0; i-- {
		for j := i - 1; j >= 0; j-- {
			if spans[j].start > spans[i].start {
				return "", fmt.Errorf("edits out of order")
			}
		}
	}
	for i := len(spans) - 1; i >= 0; i-- {
		s := spans[i]
		if s.end < s.start || s.end > len(text) {
			return "", fmt.Errorf("bad edit range")
		}
		text = text[:s.start] + s.text + text[s.end:]
	}
	return text, nil
}

// Offset is the byte offset of an LSP position (UTF-16 characters) in
// text.
func Offset(text string, p Position) (int, error) {
	off := 0
	for line := 0; line < p.Line; line++ {
		i := strings.IndexByte(text[off:], '\n')
		if i < 0 {
			return 0, fmt.Errorf("line %d past the end", p.Line)
		}
		off += i + 1
	}
	units := 0
	for i, r := range text[off:] {
		if units >= p.Character || r == '\n' {
			return off + i, nil
		}
		if r >= 0x10000 {
			units += 2
		} else {
			units++
		}
	}
	return len(text), nil
}

// PositionOf is the LSP position (UTF-16 characters) of the first
// occurrence of substr in text, plus delta bytes.
func PositionOf(text, substr string, delta int) (Position, error) {
	i := strings.Index(text, substr)
	if i < 0 {
		return Position{}, fmt.Errorf("%q not found", substr)
	}
	i += delta
	line := strings.Count(text[:i], "\n")
	start := strings.LastIndexByte(text[:i], '\n') + 1
	units := 0
	for _, r := range text[start:i] {
		if r >= 0x10000 {
			units += 2
		} else {
			units++
		}
	}
	return Position{Line: line, Character: units}, nil
}

// writer writes framed messages, each whole.
type writer struct {
	mu sync.Mutex
	w  io.Writer
}

// WriteJSON writes v as one message.
func (w *writer) WriteJSON(v any) error {
	body, err := json.Marshal(v)
	if err != nil {
		return err
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	_, err = fmt.Fprintf(w.w, "Content-Length: %d\r\n\r\n%s", len(body), body)
	return err
}

// readMessage reads one framed message and returns its body.
func readMessage(r *bufio.Reader) ([]byte, error) {
	length := -1
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return nil, err
		}
		line = strings.TrimSpace(line)
		if line == "" {
			break
		}
		if name, value, ok := strings.Cut(line, ":"); ok && strings.EqualFold(name, "Content-Length") {
			if length, err = strconv.Atoi(strings.TrimSpace(value)); err != nil {
				return nil, err
			}
		}
	}
	if length < 0 {
		return nil, fmt.Errorf("message without Content-Length")
	}
	body := make([]byte, length)
	_, err := io.ReadFull(r, body)
	return body, err
}
