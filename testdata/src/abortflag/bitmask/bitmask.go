// Package bitmask exercises abortflag under the eager protocol when the
// tracking state is one bit, flagLogoffDone, of a `flags uint32` field.
// (The field is named flags on purpose: it is state, not logoff flags, and
// StoreLogoff does not save its lpulFlags into it.)
package bitmask

import "sync"

// Store state bits.
const (
	flagDirty uint32 = 1 << iota
	flagLogoffDone
	flagReleased
)

// okStore aborts when the logoff bit is clear. Correct: silent.
type okStore struct {
	support Support
	flags   uint32
}

func (s *okStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.flags |= flagLogoffDone
	return err
}

func (s *okStore) Release() uint32 {
	if s.flags&flagLogoffDone == 0 {
		abort := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&abort)
	}
	s.flags |= flagReleased
	return s.support.Release()
}

// lockedStore takes a mutex, clears the dirty bit first and tests the
// logoff bit with `!= 0` in an early return. Correct: silent.
type lockedStore struct {
	mu      sync.Mutex
	support Support
	flags   uint32
}

func (s *lockedStore) StoreLogoff(lpulFlags *uint32) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.flags |= flagLogoffDone
	return err
}

func (s *lockedStore) Release() uint32 {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.flags &^= flagDirty
	if s.flags&flagLogoffDone != 0 {
		return s.support.Release()
	}
	abort := uint32(LOGOFF_ABORT)
	s.support.StoreLogoffTransports(&abort)
	return s.support.Release()
}

// noAbortStore sets its released bit and forgets the abort. AF1 at the
// function name.
type noAbortStore struct {
	support Support
	flags   uint32
}

func (s *noAbortStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.flags |= flagLogoffDone
	return err
}

func (s *noAbortStore) Release() uint32 { // want `Release does not call s\.support\.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	s.flags |= flagReleased
	return s.support.Release()
}

// dirtyStore guards the abort with the dirty bit, not the logoff bit: the
// call still runs after StoreLogoff when the store is dirty (AF2 at the
// call), and a clean store that never saw StoreLogoff is not aborted (AF1).
type dirtyStore struct {
	support Support
	flags   uint32
}

func (s *dirtyStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.flags |= flagLogoffDone
	return err
}

func (s *dirtyStore) Release() uint32 { // want `Release does not call s\.support\.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	if s.flags&flagDirty != 0 {
		abort := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&abort) // want `StoreLogoffTransports here is not guarded by the state StoreLogoff sets, so it runs a second time after StoreLogoff`
	}
	return s.support.Release()
}

// unguardedStore aborts whatever the bits say. AF2 at the call.
type unguardedStore struct {
	support Support
	flags   uint32
}

func (s *unguardedStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.flags |= flagLogoffDone
	return err
}

func (s *unguardedStore) Release() uint32 {
	abort := uint32(LOGOFF_ABORT)
	s.support.StoreLogoffTransports(&abort) // want `StoreLogoffTransports here is not guarded by the state StoreLogoff sets, so it runs a second time after StoreLogoff`
	s.flags |= flagReleased
	return s.support.Release()
}

// purgeStore passes LOGOFF_PURGE. AF3 at the call.
type purgeStore struct {
	support Support
	flags   uint32
}

func (s *purgeStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.flags |= flagLogoffDone
	return err
}

func (s *purgeStore) Release() uint32 {
	if s.flags&flagLogoffDone == 0 {
		abort := uint32(LOGOFF_PURGE)
		s.support.StoreLogoffTransports(&abort) // want `Release passes 0x4 \(LOGOFF_PURGE\) to StoreLogoffTransports; it must pass LOGOFF_ABORT \(0x8\)`
	}
	return s.support.Release()
}

// doubleStore aborts, then aborts again while still dirty. AF4 at the
// second call.
type doubleStore struct {
	support Support
	flags   uint32
}

func (s *doubleStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.flags |= flagLogoffDone
	return err
}

func (s *doubleStore) Release() uint32 {
	if s.flags&flagLogoffDone == 0 {
		abort := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&abort)
		if s.flags&flagDirty != 0 {
			s.support.StoreLogoffTransports(&abort) // want `s\.support\.StoreLogoffTransports may be called twice on this path`
		}
	}
	return s.support.Release()
}

// closedStore keeps the bit mask but guards with a separate closed field
// StoreLogoff never sets. AF5 at the guard.
type closedStore struct {
	support Support
	flags   uint32
	closed  bool
}

func (s *closedStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.flags |= flagLogoffDone
	return err
}

func (s *closedStore) Release() uint32 {
	if !s.closed { // want `this guard tests s\.closed, which StoreLogoff never sets`
		s.closed = true
		abort := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&abort)
	}
	return s.support.Release()
}
