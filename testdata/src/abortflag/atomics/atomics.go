// Package atomics exercises abortflag under the eager protocol when the
// tracking state is an atomic.Bool or an atomic.Int32, read and written with
// Load, Store, CompareAndSwap and Swap.
package atomics

import "sync/atomic"

// casStore: StoreLogoff claims the state with CompareAndSwap(false, true)
// (an idempotent second StoreLogoff returns early), and Release claims it
// the same way before aborting. Correct: silent.
type casStore struct {
	support   Support
	loggedOff atomic.Bool
}

func (s *casStore) StoreLogoff(lpulFlags *uint32) error {
	if !s.loggedOff.CompareAndSwap(false, true) {
		return nil
	}
	return s.support.StoreLogoffTransports(lpulFlags)
}

func (s *casStore) Release() uint32 {
	if s.loggedOff.CompareAndSwap(false, true) {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

// loadStore: same StoreLogoff, Release tests with Load. Correct: silent.
type loadStore struct {
	support   Support
	loggedOff atomic.Bool
}

func (s *loadStore) StoreLogoff(lpulFlags *uint32) error {
	if !s.loggedOff.CompareAndSwap(false, true) {
		return nil
	}
	return s.support.StoreLogoffTransports(lpulFlags)
}

func (s *loadStore) Release() uint32 {
	if !s.loggedOff.Load() {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

// int32Store: atomic.Int32 state, set with Store(1) after the call in
// StoreLogoff; Release claims it with Swap. Correct: silent.
type int32Store struct {
	support Support
	state   atomic.Int32
}

func (s *int32Store) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.state.Store(1)
	return err
}

func (s *int32Store) Release() uint32 {
	if s.state.Swap(2) == 0 {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

// int32CASStore: atomic.Int32 claimed with CompareAndSwap(0, 1) on both
// sides. Correct: silent.
type int32CASStore struct {
	support Support
	state   atomic.Int32
}

func (s *int32CASStore) StoreLogoff(lpulFlags *uint32) error {
	if !s.state.CompareAndSwap(0, 1) {
		return nil
	}
	return s.support.StoreLogoffTransports(lpulFlags)
}

func (s *int32CASStore) Release() uint32 {
	if s.state.CompareAndSwap(0, 1) {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

// noAbortStore has the atomic.Bool but Release never looks at it. AF1 at the
// function name.
type noAbortStore struct {
	support   Support
	loggedOff atomic.Bool
}

func (s *noAbortStore) StoreLogoff(lpulFlags *uint32) error {
	if !s.loggedOff.CompareAndSwap(false, true) {
		return nil
	}
	return s.support.StoreLogoffTransports(lpulFlags)
}

func (s *noAbortStore) Release() uint32 { // want `Release does not call s\.support\.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	return s.support.Release()
}

// unguardedStore marks the state released but aborts regardless of it.
// AF2 at the call.
type unguardedStore struct {
	support Support
	state   atomic.Int32
}

func (s *unguardedStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.state.Store(1)
	return err
}

func (s *unguardedStore) Release() uint32 {
	flags := uint32(LOGOFF_ABORT)
	s.support.StoreLogoffTransports(&flags) // want `StoreLogoffTransports here is not guarded by the state StoreLogoff sets, so it runs a second time after StoreLogoff`
	s.state.Store(2)
	return s.support.Release()
}

// quietStore passes LOGOFF_QUIET. AF3 at the call.
type quietStore struct {
	support   Support
	loggedOff atomic.Bool
}

func (s *quietStore) StoreLogoff(lpulFlags *uint32) error {
	if !s.loggedOff.CompareAndSwap(false, true) {
		return nil
	}
	return s.support.StoreLogoffTransports(lpulFlags)
}

func (s *quietStore) Release() uint32 {
	if s.loggedOff.CompareAndSwap(false, true) {
		flags := uint32(LOGOFF_QUIET)
		s.support.StoreLogoffTransports(&flags) // want `Release passes 0x10 \(LOGOFF_QUIET\) to StoreLogoffTransports; it must pass LOGOFF_ABORT \(0x8\)`
	}
	return s.support.Release()
}

// reloadStore loads the state once and tests the saved result twice (a
// copy-paste of the abort block), so both calls run on the same path. AF4
// at the second call.
type reloadStore struct {
	support   Support
	loggedOff atomic.Bool
}

func (s *reloadStore) StoreLogoff(lpulFlags *uint32) error {
	if !s.loggedOff.CompareAndSwap(false, true) {
		return nil
	}
	return s.support.StoreLogoffTransports(lpulFlags)
}

func (s *reloadStore) Release() uint32 {
	wasOpen := !s.loggedOff.Load()
	flags := uint32(LOGOFF_ABORT)
	if wasOpen {
		s.support.StoreLogoffTransports(&flags)
	}
	if wasOpen {
		s.support.StoreLogoffTransports(&flags) // want `s\.support\.StoreLogoffTransports may be called twice on this path`
	}
	return s.support.Release()
}

// closedStore guards with an atomic.Bool closed that StoreLogoff never
// sets. AF5 at the guard.
type closedStore struct {
	support   Support
	loggedOff atomic.Bool
	closed    atomic.Bool
}

func (s *closedStore) StoreLogoff(lpulFlags *uint32) error {
	if !s.loggedOff.CompareAndSwap(false, true) {
		return nil
	}
	return s.support.StoreLogoffTransports(lpulFlags)
}

func (s *closedStore) Release() uint32 {
	if s.closed.CompareAndSwap(false, true) { // want `this guard tests s\.closed, which StoreLogoff never sets`
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}
