// Package nofix holds missing support releases whose repair is not
// mechanical: the return is also reached on paths that are not final or
// that already released. Reported, but without a fix (no golden file: the
// test fails if this file is edited).
package nofix

import "sync/atomic"

// Support is the part of IMAPISupport the store uses.
type Support interface {
	StoreLogoffTransports(lpulFlags *uint32) error
	Release() uint32
}

type inbox interface{ Close() error }

type store struct {
	support Support
	inbox   inbox
	refs    int32
}

func (s *store) StoreLogoff(lpulFlags *uint32) error {
	return s.support.StoreLogoffTransports(lpulFlags)
}

func (s *store) Release() uint32 {
	n := atomic.AddInt32(&s.refs, -1)
	if n == 0 && s.inbox == nil {
		s.support.Release()
	}
	return uint32(n) // want `Release returns here without releasing the support object s\.support`
}
