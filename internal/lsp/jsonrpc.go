package lsp

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/textproto"
	"strconv"
	"strings"
	"sync"
)

// maxMessage bounds the size of one message (a whole workspace's text
// in one didChange stays far below it).
const maxMessage = 1 << 30

// ReadMessage reads one JSON-RPC message framed as the Language Server
// Protocol frames it: header lines ending in "\r\n" (Content-Length is
// required, Content-Type is ignored), an empty line, then Content-Length
// bytes of body. It returns the body. At the end of the stream it returns
// io.EOF.
func ReadMessage(r *bufio.Reader) ([]byte, error) {
	length := -1
	for first := true; ; first = false {
		line, err := r.ReadString('\n')
		if err != nil {
			if first && line == "" && err == io.EOF {
				return nil, io.EOF
			}
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return nil, err
		}
		line = strings.TrimRight(line, "\r\n")
		if line == "" {
			if first {
				continue // tolerate stray blank lines between messages
			}
			break
		}
		name, value, ok := strings.Cut(line, ":")
		if !ok {
			return nil, fmt.Errorf("malformed header line %q", line)
		}
		if textproto.CanonicalMIMEHeaderKey(strings.TrimSpace(name)) == "Content-Length" {
			n, err := strconv.Atoi(strings.TrimSpace(value))
			if err != nil || n < 0 || n > maxMessage {
				return nil, fmt.Errorf("bad Content-Length %q", value)
			}
			length = n
		}
	}
	if length < 0 {
		return nil, errors.New("message without Content-Length")
	}
	body := make([]byte, length)
	if _, err := io.ReadFull(r, body); err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return nil, err
	}
	return body, nil
}

// A Writer writes framed messages; it is safe for concurrent use, and
// each message is written whole.
type Writer struct {
	mu sync.Mutex
	w  io.Writer
}

// NewWriter returns a Writer on w.
func NewWriter(w io.Writer) *Writer { return &Writer{w: w} }

// Write writes body as one message with a Content-Length header.
func (w *Writer) Write(body []byte) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if _, err := fmt.Fprintf(w.w, "Content-Length: %d\r\n\r\n", len(body)); err != nil {
		return err
	}
	_, err := w.w.Write(body)
	return err
}

// WriteJSON marshals v and writes it as one message.
func (w *Writer) WriteJSON(v any) error {
	body, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return w.Write(body)
}

// An envelope is the part of a JSON-RPC 2.0 message the proxy looks at.
// A request has a method and an id, a notification a method and no id,
// a response an id and a result or an error.
type envelope struct {
	ID     json.RawMessage `json:"id,omitempty"`
	Method string          `json:"method,omitempty"`
	Params json.RawMessage `json:"params,omitempty"`
	Result json.RawMessage `json:"result,omitempty"`
	Error  json.RawMessage `json:"error,omitempty"`
}

// isRequest reports whether m is a request (it expects a response).
func (m *envelope) isRequest() bool { return m.Method != "" && hasID(m.ID) }

// isResponse reports whether m is a response.
func (m *envelope) isResponse() bool { return m.Method == "" && hasID(m.ID) }

// hasID reports whether id is present and not null.
func hasID(id json.RawMessage) bool { return len(id) > 0 && string(id) != "null" }

// idKey is the key of a request id in tables: its JSON text, which is
// the same in the request and in its response as long as both sides
// write integers and strings canonically (the ids are echoed as sent).
func idKey(id json.RawMessage) string { return string(id) }

// notification is an outgoing JSON-RPC notification.
type notification struct {
	JSONRPC string `json:"jsonrpc"`
	Method  string `json:"method"`
	Params  any    `json:"params"`
}

// response is an outgoing JSON-RPC response.
type response struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Result  any             `json:"result,omitempty"`
	Error   *responseError  `json:"error,omitempty"`
}

// responseError is the error of a response.
type responseError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

// codeRequestFailed is the LSP error code of a request that was valid but
// failed (LSP 3.17).
const codeRequestFailed = -32803
