package model

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCountName: which field names make a test of the field (or of its
// length) a second count (HeldEdge).
func TestCountName(t *testing.T) {
	for name, want := range map[string]bool{
		"children":    true,
		"nChildren":   true,
		"openCount":   true,
		"open_count":  true,
		"s.pending":   true,
		"numClients":  true,
		"refs":        false, // the reference count is found otherwise
		"items":       false,
		"conn":        false,
		"oqConn":      false,
		"opener":      false,
		"countryCode": false,
		"loggedOff":   false,
	} {
		assert.Equal(t, want, countName(name), name)
	}
}

// TestCountHelpers: which functions are reference-count helpers, and of
// which parameter.
func TestCountHelpers(t *testing.T) {
	const src = `package p

import "sync/atomic"

func Dec(n *int32) int32              { return atomic.AddInt32(n, -1) }
func DecU(x int, n *uint64) uint64    { return atomic.AddUint64(n, ^uint64(0)) }
func Unref(n *atomic.Int32) int32     { return n.Add(-1) }
func Drop(n *int) int                 { *n--; return *n }
func Sub(n *int) int                  { *n -= 1; return *n }
func Inc(n *int32) int32              { return atomic.AddInt32(n, 1) }
func Twice(n *int32) int32            { return atomic.AddInt32(n, -2) }
func Peek(n *int32) int32             { return atomic.LoadInt32(n) }
func Other(n, m *int) int             { *n--; return *m }
func Value(n int32) int32             { return atomic.AddInt32(&n, -1) }
func Empty(n *int) int                { panic(n) }
`
	_, files, info := buildSrc(t, src)
	got := map[string]int{}
	for fn, i := range CountHelpers(files, info) {
		got[fn.Name()] = i
	}
	assert.Equal(t, map[string]int{"Dec": 0, "DecU": 1, "Unref": 0, "Drop": 0, "Sub": 0}, got)
}
