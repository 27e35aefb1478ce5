// Package refs is a reference-count library shared by COM objects of
// several packages; it knows nothing of MAPI.
package refs

import "sync/atomic"

// Dec drops one reference and returns how many are left.
func Dec(n *int32) int32 { return atomic.AddInt32(n, -1) }

// DecU drops one reference of an unsigned count.
func DecU(n *uint32) uint32 { return atomic.AddUint32(n, ^uint32(0)) }

// Drop drops one reference of a count kept under the caller's lock.
func Drop(n *int) int {
	*n--
	return *n
}

// Unref drops one reference of an atomic.Int64 count.
func Unref(n *atomic.Int64) int64 { return n.Add(-1) }

// Peek returns the count without changing it: not a count helper.
func Peek(n *int32) int32 { return atomic.LoadInt32(n) }
