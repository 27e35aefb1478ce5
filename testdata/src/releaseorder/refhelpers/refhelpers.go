// Package refhelpers: reference counts kept by helpers. The count is found
// through same-package helpers and promoted methods, so the early return
// of a non-final Release is not a final path.
package refhelpers

import (
	"sync"
	"sync/atomic"
)

type Support interface {
	StoreLogoffTransports(flags *uint32) error
	Release() uint32
}

const LOGOFF_ABORT = 0x8

// counter is a reference count in a field of its own.
type counter struct{ n int32 }

func (c *counter) decrement() int32 { return atomic.AddInt32(&c.n, -1) }

// CounterStore keeps its count in a counter field.
type CounterStore struct {
	counter   counter
	support   Support
	loggedOff bool
}

func (s *CounterStore) StoreLogoff(flags *uint32) error {
	err := s.support.StoreLogoffTransports(flags)
	s.loggedOff = true
	return err
}

func (s *CounterStore) Release() uint32 {
	if n := s.counter.decrement(); n > 0 {
		return uint32(n)
	}
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		_ = s.support.StoreLogoffTransports(&flags)
	}
	s.support.Release()
	return 0
}

// refs is an embedded reference-count type whose method is promoted.
type refs struct{ n int64 }

func (r *refs) unref() int64 { return atomic.AddInt64(&r.n, -1) }

// EmbeddedStore embeds refs.
type EmbeddedStore struct {
	refs
	support   Support
	loggedOff bool
}

func (s *EmbeddedStore) StoreLogoff(flags *uint32) error {
	err := s.support.StoreLogoffTransports(flags)
	s.loggedOff = true
	return err
}

func (s *EmbeddedStore) Release() uint32 {
	n := s.unref()
	if n != 0 {
		return uint32(n)
	}
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		_ = s.support.StoreLogoffTransports(&flags)
	}
	s.support.Release()
	return 0
}

// LockedStore decrements under a mutex in a helper.
type LockedStore struct {
	mu        sync.Mutex
	refs      int
	support   Support
	loggedOff bool
}

func (s *LockedStore) unref() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.refs--
	return s.refs
}

func (s *LockedStore) StoreLogoff(flags *uint32) error {
	err := s.support.StoreLogoffTransports(flags)
	s.loggedOff = true
	return err
}

func (s *LockedStore) Release() uint32 {
	if n := s.unref(); n > 0 {
		return uint32(n)
	}
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		_ = s.support.StoreLogoffTransports(&flags)
	}
	s.support.Release()
	return 0
}

// LeakyStore keeps its count in a helper and forgets the support object
// on one final path.
type LeakyStore struct {
	counter   counter
	support   Support
	loggedOff bool
	cached    bool
}

func (s *LeakyStore) StoreLogoff(flags *uint32) error {
	err := s.support.StoreLogoffTransports(flags)
	s.loggedOff = true
	return err
}

func (s *LeakyStore) Release() uint32 {
	if n := s.counter.decrement(); n > 0 {
		return uint32(n)
	}
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		_ = s.support.StoreLogoffTransports(&flags)
	}
	if s.cached {
		return 0 // want `Release returns here without releasing the support object s.support`
	}
	s.support.Release()
	return 0
}

// RefCounter is a count kept behind an interface the engine cannot read.
type RefCounter interface{ Dec() int32 }

// OpaqueCountStore tests a count the engine cannot identify: which paths
// are final is unknown, so its early return is not judged.
type OpaqueCountStore struct {
	refs      RefCounter
	support   Support
	loggedOff bool
}

func (s *OpaqueCountStore) StoreLogoff(flags *uint32) error {
	err := s.support.StoreLogoffTransports(flags)
	s.loggedOff = true
	return err
}

func (s *OpaqueCountStore) Release() uint32 {
	if n := s.refs.Dec(); n > 0 {
		return uint32(n)
	}
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		_ = s.support.StoreLogoffTransports(&flags)
	}
	s.support.Release()
	return 0
}

// shared is a count the stores of a process share, not a field of the
// store.
var shared atomic.Int64

// SharedCountStore decrements a count that is not a field of the store.
type SharedCountStore struct {
	support   Support
	loggedOff bool
}

func (s *SharedCountStore) StoreLogoff(flags *uint32) error {
	err := s.support.StoreLogoffTransports(flags)
	s.loggedOff = true
	return err
}

func (s *SharedCountStore) Release() uint32 {
	if shared.Add(-1) != 0 {
		return 1
	}
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		_ = s.support.StoreLogoffTransports(&flags)
	}
	s.support.Release()
	return 0
}
