// Package refcount holds reference-counted stores whose final path returns
// early without releasing the support object. The early return comes after
// the count test, so only final paths reach it, and the suggested fix
// inserts the support release right before it; refcount.go.golden is the
// fixed source.
package refcount

import (
	"log"
	"sync/atomic"
)

// ifInitStore tests the count in an if with an init statement, then returns
// 0 on the final path while the inbox is still open. RO2 at that return.
type ifInitStore struct {
	support   Support
	refs      int32
	inbox     *folder
	loggedOff bool
}

func (s *ifInitStore) AddRef() uint32 {
	return uint32(atomic.AddInt32(&s.refs, 1))
}

func (s *ifInitStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *ifInitStore) Release() uint32 {
	if n := atomic.AddInt32(&s.refs, -1); n > 0 {
		return uint32(n)
	}
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	if s.inbox != nil {
		s.inbox.Release()
		return 0 // want `Release returns here without releasing the support object s\.support`
	}
	s.support.Release()
	return 0
}

// decStore counts with s.refs-- and returns from the final path when
// flushing fails. RO2 at that return; the non-final `return s.refs` is
// fine and gets no fix.
type decStore struct {
	support   Support
	refs      uint32
	inbox     *folder
	loggedOff bool
}

func (s *decStore) AddRef() uint32 {
	s.refs++
	return s.refs
}

func (s *decStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *decStore) Release() uint32 {
	s.refs--
	if s.refs > 0 {
		return s.refs
	}
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	if err := flush(s.inbox); err != nil {
		log.Printf("store: flush: %v", err)
		return 0 // want `Release returns here without releasing the support object s\.support`
	}
	return s.support.Release()
}

// typedStore counts with an atomic.Int32 and assumes that a store that was
// logged off has nothing left to release. RO2 at that return.
type typedStore struct {
	support   Support
	refs      atomic.Int32
	loggedOff bool
}

func (s *typedStore) AddRef() uint32 {
	return uint32(s.refs.Add(1))
}

func (s *typedStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *typedStore) Release() uint32 {
	n := s.refs.Add(-1)
	if n != 0 {
		return uint32(n)
	}
	if s.loggedOff {
		return 0 // want `Release returns here without releasing the support object s\.support`
	}
	flags := uint32(LOGOFF_ABORT)
	s.support.StoreLogoffTransports(&flags)
	return s.support.Release()
}

// switchStore switches on the count; in the final case it returns early
// when the inbox cannot be flushed. RO2 at that return, inside the case
// clause's if.
type switchStore struct {
	support   Support
	refs      int32
	inbox     *folder
	loggedOff bool
}

func (s *switchStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *switchStore) Release() uint32 {
	switch n := atomic.AddInt32(&s.refs, -1); {
	case n > 0:
		return uint32(n)
	case n == 0:
		if !s.loggedOff {
			flags := uint32(LOGOFF_ABORT)
			s.support.StoreLogoffTransports(&flags)
		}
		if err := flush(s.inbox); err != nil {
			return 0 // want `Release returns here without releasing the support object s\.support`
		}
		return s.support.Release()
	default:
		panic("negative refcount")
	}
}
