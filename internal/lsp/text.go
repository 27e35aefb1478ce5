package lsp

import (
	"fmt"
	"sort"
	"unicode/utf8"
)

// A mapper converts between byte offsets of a text and LSP positions,
// whose characters count UTF-16 code units. Lines end at "\n" (a "\r"
// before it belongs to the line, as go/token counts it).
type mapper struct {
	text  string
	lines []int // byte offset of the start of each line
}

func newMapper(text string) *mapper {
	m := &mapper{text: text, lines: []int{0}}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			m.lines = append(m.lines, i+1)
		}
	}
	return m
}

// position is the position of byte offset off, clamped to the text.
func (m *mapper) position(off int) Position {
	off = max(0, min(off, len(m.text)))
	line := sort.Search(len(m.lines), func(i int) bool { return m.lines[i] > off }) - 1
	return Position{Line: line, Character: utf16Len(m.text[m.lines[line]:off])}
}

// offset is the byte offset of p. A character past the end of its line
// means the end of the line, as the protocol says; a line past the end of
// the text is an error.
func (m *mapper) offset(p Position) (int, error) {
	if p.Line < 0 || p.Character < 0 {
		return 0, fmt.Errorf("invalid position %d:%d", p.Line, p.Character)
	}
	if p.Line >= len(m.lines) {
		if p.Line == len(m.lines) && p.Character == 0 {
			return len(m.text), nil // the end of a text whose last line is empty
		}
		return 0, fmt.Errorf("position %d:%d is past the last line (%d)", p.Line, p.Character, len(m.lines)-1)
	}
	start := m.lines[p.Line]
	end := len(m.text)
	if p.Line+1 < len(m.lines) {
		end = m.lines[p.Line+1] - 1 // the '\n'
	}
	units := 0
	for i, r := range m.text[start:end] {
		if units >= p.Character {
			return start + i, nil
		}
		units += utf16RuneLen(r)
	}
	return end, nil
}

// rangeOf is the range of the byte offsets [start, end).
func (m *mapper) rangeOf(start, end int) Range {
	return Range{Start: m.position(start), End: m.position(max(start, end))}
}

// utf16Len is the length of s in UTF-16 code units.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16RuneLen(r)
	}
	return n
}

// utf16RuneLen is the length of r in UTF-16 code units; an invalid byte
// (utf8.RuneError) counts as one, as it decodes to U+FFFD.
func utf16RuneLen(r rune) int {
	if r >= 0x10000 && r <= utf8.MaxRune {
		return 2
	}
	return 1
}

// applyChanges applies a didChange notification's content changes to
// text in order: a change with a range replaces that range, one without
// replaces the whole text.
func applyChanges(text string, changes []contentChange) (string, error) {
	for _, c := range changes {
		if c.Range == nil {
			text = c.Text
			continue
		}
		m := newMapper(text)
		start, err := m.offset(c.Range.Start)
		if err != nil {
			return "", err
		}
		end, err := m.offset(c.Range.End)
		if err != nil {
			return "", err
		}
		if end < start {
			return "", fmt.Errorf("range end %v before start %v", c.Range.End, c.Range.Start)
		}
		text = text[:start] + c.Text + text[end:]
	}
	return text, nil
}

// intersects reports whether ranges a and b overlap or touch: a cursor
// (an empty range) at either end of a diagnostic is on it.
func intersects(a, b Range) bool {
	return !before(a.End, b.Start) && !before(b.End, a.Start)
}

// before reports whether p comes strictly before q.
func before(p, q Position) bool {
	return p.Line < q.Line || p.Line == q.Line && p.Character < q.Character
}
