package lsp

import (
	"bufio"
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMapperUTF16(t *testing.T) {
	// "é" is 2 bytes and 1 UTF-16 unit, "😀" 4 bytes and 2 units.
	text := "package p\n\nvar s = \"é😀\" // x\r\nvar t\n"
	m := newMapper(text)
	for _, tc := range []struct {
		off int
		pos Position
	}{
		{0, Position{0, 0}},
		{9, Position{0, 9}},  // the first '\n'
		{10, Position{1, 0}}, // the empty line
		{11, Position{2, 0}},
		{20, Position{2, 9}},  // after `var s = "`
		{22, Position{2, 10}}, // after é
		{26, Position{2, 12}}, // after 😀
		{strings.Index(text, "var t"), Position{3, 0}},
		{len(text), Position{4, 0}},
	} {
		assert.Equal(t, tc.pos, m.position(tc.off), "position of offset %d", tc.off)
		off, err := m.offset(tc.pos)
		require.NoError(t, err)
		assert.Equal(t, tc.off, off, "offset of %v", tc.pos)
	}
	// A character past the end of its line is the end of the line ("\r"
	// included, as go/token counts it).
	off, err := m.offset(Position{2, 100})
	require.NoError(t, err)
	assert.Equal(t, strings.Index(text, "\r\n")+1, off)
	_, err = m.offset(Position{7, 0})
	assert.Error(t, err)
}

func TestApplyChanges(t *testing.T) {
	text := "a😀b\nline two\n"
	r := func(l1, c1, l2, c2 int) *Range {
		return &Range{Start: Position{l1, c1}, End: Position{l2, c2}}
	}
	got, err := applyChanges(text, []contentChange{
		{Range: r(0, 1, 0, 3), Text: "X"},       // replace the emoji (2 units)
		{Range: r(1, 5, 1, 8), Text: "2"},       // "two" → "2"
		{Range: r(2, 0, 2, 0), Text: "three\n"}, // insert at the end
	})
	require.NoError(t, err)
	assert.Equal(t, "aXb\nline 2\nthree\n", got)

	got, err = applyChanges(text, []contentChange{{Text: "whole"}, {Range: r(0, 5, 0, 5), Text: "!"}})
	require.NoError(t, err)
	assert.Equal(t, "whole!", got)

	_, err = applyChanges(text, []contentChange{{Range: r(9, 0, 9, 1), Text: ""}})
	assert.Error(t, err)
	_, err = applyChanges(text, []contentChange{{Range: r(1, 3, 1, 1), Text: ""}})
	assert.Error(t, err)
}

func TestIntersects(t *testing.T) {
	diag := Range{Start: Position{10, 2}, End: Position{10, 2}} // mapilint's are points
	assert.True(t, intersects(diag, diag))
	assert.True(t, intersects(diag, Range{Start: Position{10, 0}, End: Position{11, 0}}))
	assert.True(t, intersects(diag, Range{Start: Position{9, 0}, End: Position{10, 2}}))
	assert.False(t, intersects(diag, Range{Start: Position{10, 3}, End: Position{10, 9}}))
	assert.False(t, intersects(diag, Range{Start: Position{9, 0}, End: Position{10, 1}}))
}

func TestURIs(t *testing.T) {
	for _, path := range []string{"/tmp/a b/c.go", "/x/y%z/é.go"} {
		uri := fileURI(path)
		got, ok := uriPath(uri)
		require.True(t, ok, uri)
		assert.Equal(t, path, got, uri)
	}
	p, ok := uriPath("file:///tmp/./a/../b.go")
	assert.True(t, ok)
	assert.Equal(t, "/tmp/b.go", p)
	_, ok = uriPath("untitled:Untitled-1")
	assert.False(t, ok)
}

func TestFraming(t *testing.T) {
	var buf bytes.Buffer
	w := NewWriter(&buf)
	require.NoError(t, w.Write([]byte(`{"a":1}`)))
	buf.WriteString("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\ncontent-length: 2\r\n\r\n{}")
	require.NoError(t, w.WriteJSON(map[string]string{"é": "😀"}))
	r := bufio.NewReader(&buf)
	for _, want := range []string{`{"a":1}`, `{}`, `{"é":"😀"}`} {
		body, err := ReadMessage(r)
		require.NoError(t, err)
		assert.Equal(t, want, string(body))
	}
	_, err := ReadMessage(r)
	assert.Equal(t, io.EOF, err)

	_, err = ReadMessage(bufio.NewReader(strings.NewReader("Content-Length: 10\r\n\r\n{}")))
	assert.ErrorIs(t, err, io.ErrUnexpectedEOF)
	_, err = ReadMessage(bufio.NewReader(strings.NewReader("X: 1\r\n\r\n{}")))
	assert.Error(t, err)
}
