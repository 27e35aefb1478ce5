// Package refcount exercises abortflag on reference-counted stores under
// the eager protocol: the guarded abort belongs on the final path (the
// decremented count is zero) only; the non-final paths shut nothing down
// and are not checked for an abort call.
package refcount

import "sync/atomic"

// decStore counts with s.refs-- and aborts only on the final path.
// Correct: silent.
type decStore struct {
	support   Support
	refs      uint32
	loggedOff bool
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

// addStore counts with atomic.AddInt32 and tests `== 0`. Correct: silent.
type addStore struct {
	support   Support
	refs      int32
	loggedOff bool
}

func (s *addStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *addStore) Release() uint32 {
	n := atomic.AddInt32(&s.refs, -1)
	if n == 0 {
		if !s.loggedOff {
			flags := uint32(LOGOFF_ABORT)
			s.support.StoreLogoffTransports(&flags)
		}
		s.support.Release()
	}
	return uint32(n)
}

// typedStore counts with atomic.Int32 and tracks with atomic.Bool; both are
// atomics of different roles. Correct: silent.
type typedStore struct {
	support   Support
	refs      atomic.Int32
	loggedOff atomic.Bool
}

func (s *typedStore) StoreLogoff(lpulFlags *uint32) error {
	if !s.loggedOff.CompareAndSwap(false, true) {
		return nil
	}
	return s.support.StoreLogoffTransports(lpulFlags)
}

func (s *typedStore) Release() uint32 {
	n := s.refs.Add(-1)
	if n > 0 {
		return uint32(n)
	}
	if s.loggedOff.CompareAndSwap(false, true) {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

// switchStore switches on the count, panicking when it goes negative.
// Correct: silent.
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
	n := atomic.AddInt32(&s.refs, -1)
	switch {
	case n < 0:
		panic("negative refcount")
	case n > 0:
		return uint32(n)
	}
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

// noAbortStore releases on the final path but never aborts. AF1 at the
// function name.
type noAbortStore struct {
	support   Support
	refs      atomic.Int32
	loggedOff bool
}

func (s *noAbortStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *noAbortStore) Release() uint32 { // want `Release does not call s\.support\.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	if n := s.refs.Add(-1); n != 0 {
		return uint32(n)
	}
	return s.support.Release()
}

// unguardedStore aborts on the final path without looking at the state.
// AF2 at the call.
type unguardedStore struct {
	support   Support
	refs      uint32
	loggedOff bool
}

func (s *unguardedStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *unguardedStore) Release() uint32 {
	s.refs--
	if s.refs > 0 {
		return s.refs
	}
	flags := uint32(LOGOFF_ABORT)
	s.support.StoreLogoffTransports(&flags) // want `StoreLogoffTransports here is not guarded by the state StoreLogoff sets, so it runs a second time after StoreLogoff`
	s.support.Release()
	return 0
}

// orderlyStore passes LOGOFF_ORDERLY on the final path. AF3 at the call.
type orderlyStore struct {
	support   Support
	refs      int32
	loggedOff bool
}

func (s *orderlyStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *orderlyStore) Release() uint32 {
	if atomic.AddInt32(&s.refs, -1) != 0 {
		return uint32(atomic.LoadInt32(&s.refs))
	}
	if !s.loggedOff {
		flags := uint32(LOGOFF_ORDERLY)
		s.support.StoreLogoffTransports(&flags) // want `Release passes 0x2 \(LOGOFF_ORDERLY\) to StoreLogoffTransports; it must pass LOGOFF_ABORT \(0x8\)`
	}
	return s.support.Release()
}

// twiceStore aborts in the final branch and again after it. AF4 at the
// second call.
type twiceStore struct {
	support   Support
	refs      int32
	loggedOff bool
}

func (s *twiceStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *twiceStore) Release() uint32 {
	n := atomic.AddInt32(&s.refs, -1)
	if n > 0 {
		return uint32(n)
	}
	flags := uint32(LOGOFF_ABORT)
	if !s.loggedOff {
		s.support.StoreLogoffTransports(&flags)
	}
	if !s.loggedOff {
		s.support.StoreLogoffTransports(&flags) // want `s\.support\.StoreLogoffTransports may be called twice on this path`
	}
	return s.support.Release()
}

// closedStore guards its final-path abort with a closed field StoreLogoff
// never sets. AF5 at the guard.
type closedStore struct {
	support   Support
	refs      atomic.Int32
	loggedOff bool
	closed    bool
}

func (s *closedStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *closedStore) Close() {
	s.closed = true
}

func (s *closedStore) Release() uint32 {
	n := s.refs.Add(-1)
	if n > 0 {
		return uint32(n)
	}
	if !s.closed { // want `this guard tests s\.closed, which StoreLogoff never sets`
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}
