// Package crossrefs: stores that keep their reference count with the
// helpers of another package (refs). The helpers' Summary facts say which
// parameter they decrement, so the count is found as if the store
// decremented it itself: the early return of a non-final Release is not a
// final path, and a final path that misses the release is reported.
package crossrefs

import (
	"sync"
	"sync/atomic"

	"releaseorder/crossrefs/refs"
)

// Support is the provider's view of IMAPISupport.
type Support interface {
	StoreLogoffTransports(flags *uint32) error
	Release() uint32
}

const LOGOFF_ABORT = 0x8

// DecStore counts with refs.Dec. Correct twin: silent.
type DecStore struct {
	refs      int32
	support   Support
	loggedOff bool
}

func (s *DecStore) StoreLogoff(flags *uint32) error {
	err := s.support.StoreLogoffTransports(flags)
	s.loggedOff = true
	return err
}

func (s *DecStore) Release() uint32 {
	if n := refs.Dec(&s.refs); n > 0 {
		return uint32(n)
	}
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		_ = s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

// LeakyDecStore forgets the support object on its final path when it has
// no cache. Broken twin: reported there.
type LeakyDecStore struct {
	refs      uint32
	cache     []byte
	support   Support
	loggedOff bool
}

func (s *LeakyDecStore) StoreLogoff(flags *uint32) error {
	err := s.support.StoreLogoffTransports(flags)
	s.loggedOff = true
	return err
}

func (s *LeakyDecStore) Release() uint32 {
	n := refs.DecU(&s.refs)
	if n != 0 {
		return n
	}
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		_ = s.support.StoreLogoffTransports(&flags)
	}
	if s.cache == nil {
		return 0 // want `Release returns here without releasing the support object s.support`
	}
	return s.support.Release()
}

// LockedStore counts with refs.Drop under its mutex. Correct twin: silent.
type LockedStore struct {
	mu        sync.Mutex
	refs      int
	support   Support
	loggedOff bool
}

func (s *LockedStore) StoreLogoff(flags *uint32) error {
	err := s.support.StoreLogoffTransports(flags)
	s.loggedOff = true
	return err
}

func (s *LockedStore) Release() uint32 {
	s.mu.Lock()
	n := refs.Drop(&s.refs)
	s.mu.Unlock()
	if n != 0 {
		return uint32(n)
	}
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		_ = s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

// EarlyStore releases the support object while references remain.
// Broken twin: reported at the release.
type EarlyStore struct {
	refs      atomic.Int64
	support   Support
	loggedOff bool
}

func (s *EarlyStore) StoreLogoff(flags *uint32) error {
	err := s.support.StoreLogoffTransports(flags)
	s.loggedOff = true
	return err
}

func (s *EarlyStore) Release() uint32 {
	n := refs.Unref(&s.refs)
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		_ = s.support.StoreLogoffTransports(&flags)
	}
	s.support.Release() // want `the support object s.support is released here although the reference count is not zero`
	return uint32(n)
}

// PeekStore reads its count with refs.Peek, which decrements nothing,
// and decrements nowhere: no count is found. Its test is a call of
// another package given a pointer into the store's state, which the
// engine cannot value: the paths through it are opaque, and nothing is
// said of them (the early return would be final otherwise).
type PeekStore struct {
	refs      int32
	support   Support
	loggedOff bool
}

func (s *PeekStore) StoreLogoff(flags *uint32) error {
	err := s.support.StoreLogoffTransports(flags)
	s.loggedOff = true
	return err
}

func (s *PeekStore) Release() uint32 {
	if refs.Peek(&s.refs) > 1 {
		return 1
	}
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		_ = s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}
