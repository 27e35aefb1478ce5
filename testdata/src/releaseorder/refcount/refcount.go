// Package refcount exercises releaseorder on reference-counted stores: only
// the path on which the decremented count is zero is final, and only there
// may (and must) the support object be released.
package refcount

import (
	"errors"
	"log"
	"sync/atomic"
)

var errBusy = errors.New("folder busy")

// flush writes pending changes of a folder.
func flush(f *folder) error {
	if f.refs > 1 {
		return errBusy
	}
	return nil
}

// decStore counts with s.refs-- and `if s.refs > 0 { return s.refs }`.
// Correct: silent.
type decStore struct {
	support   Support
	refs      uint32
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
	s.support.Release()
	return 0
}

// decEqStore tests `s.refs == 0` and falls through to one shared return.
// Correct: silent.
type decEqStore struct {
	support   Support
	refs      uint32
	loggedOff bool
}

func (s *decEqStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *decEqStore) Release() uint32 {
	s.refs--
	if s.refs == 0 {
		if !s.loggedOff {
			flags := uint32(LOGOFF_ABORT)
			s.support.StoreLogoffTransports(&flags)
		}
		s.support.Release()
	}
	return s.refs
}

// decEarlyStore (s.refs--) returns from the final path when flushing fails,
// without releasing the support object. RO2 at that return; the non-final
// `return s.refs` is fine.
type decEarlyStore struct {
	support   Support
	refs      uint32
	inbox     *folder
	loggedOff bool
}

func (s *decEarlyStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *decEarlyStore) Release() uint32 {
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
	s.support.Release()
	return 0
}

// decNonZeroStore mirrors every store reference on the support object: it
// releases the support object in the non-zero branch too. RO3 there; the
// release on the final path is fine.
type decNonZeroStore struct {
	support   Support
	refs      uint32
	loggedOff bool
}

func (s *decNonZeroStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *decNonZeroStore) Release() uint32 {
	s.refs--
	if s.refs > 0 {
		s.support.Release() // want `the support object s\.support is released here although the reference count is not zero`
		return s.refs
	}
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	s.support.Release()
	return 0
}

// addStore counts with n := atomic.AddInt32(&s.refs, -1). Correct: silent.
type addStore struct {
	support   Support
	refs      int32
	loggedOff bool
}

func (s *addStore) AddRef() uint32 {
	return uint32(atomic.AddInt32(&s.refs, 1))
}

func (s *addStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *addStore) Release() uint32 {
	n := atomic.AddInt32(&s.refs, -1)
	if n > 0 {
		return uint32(n)
	}
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	s.support.Release()
	return 0
}

// addEarlyStore (atomic.AddInt32) assumes StoreLogoff already cleaned up and
// returns from the final path without releasing the support object. RO2.
type addEarlyStore struct {
	support   Support
	refs      int32
	loggedOff bool
}

func (s *addEarlyStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *addEarlyStore) Release() uint32 {
	n := atomic.AddInt32(&s.refs, -1)
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

// addUnconditionalStore gates its own cleanup on the count but releases the
// support object on every call, whatever the count. RO3 at the release.
type addUnconditionalStore struct {
	support   Support
	refs      int32
	inbox     *folder
	loggedOff bool
}

func (s *addUnconditionalStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *addUnconditionalStore) Release() uint32 {
	n := atomic.AddInt32(&s.refs, -1)
	if n == 0 {
		if !s.loggedOff {
			flags := uint32(LOGOFF_ABORT)
			s.support.StoreLogoffTransports(&flags)
		}
		s.inbox.Release()
	}
	s.support.Release() // want `the support object s\.support is released here although the reference count is not zero`
	return uint32(n)
}

// addInlineStore tests the decremented count inline, without a variable.
// Correct: silent.
type addInlineStore struct {
	support   Support
	refs      int32
	loggedOff bool
}

func (s *addInlineStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *addInlineStore) Release() uint32 {
	if atomic.AddInt32(&s.refs, -1) == 0 {
		if !s.loggedOff {
			flags := uint32(LOGOFF_ABORT)
			s.support.StoreLogoffTransports(&flags)
		}
		return s.support.Release()
	}
	return uint32(atomic.LoadInt32(&s.refs))
}

// typedStore counts with an atomic.Int32 and n := s.refs.Add(-1).
// Correct: silent.
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
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

// typedEarlyStore (atomic.Int32) returns from the final path after closing
// the inbox, skipping the support release. RO2 at that return.
type typedEarlyStore struct {
	support   Support
	refs      atomic.Int32
	inbox     *folder
	loggedOff bool
}

func (s *typedEarlyStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *typedEarlyStore) Release() uint32 {
	n := s.refs.Add(-1)
	if n > 0 {
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
	return s.support.Release()
}

// typedNonZeroStore (atomic.Int32) gates the abort on the count but not the
// support release. RO3 at the release.
type typedNonZeroStore struct {
	support   Support
	refs      atomic.Int32
	loggedOff bool
}

func (s *typedNonZeroStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *typedNonZeroStore) Release() uint32 {
	n := s.refs.Add(-1)
	if n == 0 && !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	s.support.Release() // want `the support object s\.support is released here although the reference count is not zero`
	return uint32(n)
}

// switchStore switches on the count (tagless switch with an init statement)
// and panics on a negative count. Correct: silent.
type switchStore struct {
	support   Support
	refs      int32
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
		return s.support.Release()
	default:
		panic("negative refcount")
	}
}

// switchTagStore switches on the count value with `case 0`. Correct: silent.
type switchTagStore struct {
	support   Support
	refs      atomic.Int32
	loggedOff bool
}

func (s *switchTagStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *switchTagStore) Release() uint32 {
	n := s.refs.Add(-1)
	switch n {
	case 0:
		if !s.loggedOff {
			flags := uint32(LOGOFF_ABORT)
			s.support.StoreLogoffTransports(&flags)
		}
		s.support.Release()
	}
	return uint32(n)
}

// switchOffByOneStore tears down on `case 1` (the count before the
// decrement): the support object is released while a reference remains
// (RO3), and the real final path, n == 0, falls through to the shared return
// without releasing it (RO2).
type switchOffByOneStore struct {
	support   Support
	refs      int32
	loggedOff bool
}

func (s *switchOffByOneStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *switchOffByOneStore) Release() uint32 {
	n := atomic.AddInt32(&s.refs, -1)
	switch n {
	case 1:
		if !s.loggedOff {
			flags := uint32(LOGOFF_ABORT)
			s.support.StoreLogoffTransports(&flags)
		}
		s.support.Release() // want `the support object s\.support is released here although the reference count is not zero`
	}
	return uint32(n) // want `Release returns here without releasing the support object s\.support`
}

// panicStore panics on a negative count before testing for zero. The panic
// path is not a return, and n <= 0 after it is n == 0. Correct: silent.
type panicStore struct {
	support   Support
	refs      int32
	loggedOff bool
}

func (s *panicStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *panicStore) Release() uint32 {
	n := atomic.AddInt32(&s.refs, -1)
	if n < 0 {
		panic("negative refcount")
	}
	if n > 0 {
		return uint32(n)
	}
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

// drainStore releases the support object again when it reports remaining
// references, on the final path. RO4 at the second release.
type drainStore struct {
	support   Support
	refs      int32
	loggedOff bool
}

func (s *drainStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *drainStore) Release() uint32 {
	if n := atomic.AddInt32(&s.refs, -1); n > 0 {
		return uint32(n)
	}
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	if rc := s.support.Release(); rc != 0 {
		log.Printf("store: support object still has %d references", rc)
		s.support.Release() // want `the support object s\.support may be released twice on this path`
	}
	return 0
}

// lateRefStore (s.refs--) releases the support object on the final path and
// then calls StoreLogoffTransports on it. RO5 at the late call.
type lateRefStore struct {
	support   Support
	refs      uint32
	loggedOff bool
}

func (s *lateRefStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *lateRefStore) Release() uint32 {
	s.refs--
	if s.refs > 0 {
		return s.refs
	}
	s.support.Release()
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags) // want `s\.support is used after its Release`
	}
	return 0
}
