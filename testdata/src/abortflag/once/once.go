// Package once exercises abortflag under the eager protocol when a
// sync.Once shared by StoreLogoff and Release is the tracking state: Do runs
// its function at most once, so whichever of the two comes first makes the
// only StoreLogoffTransports call.
package once

import (
	"log"
	"sync"
)

// okStore shares one Once between StoreLogoff and Release. Correct: silent.
type okStore struct {
	support Support
	once    sync.Once
}

func (s *okStore) StoreLogoff(lpulFlags *uint32) error {
	var err error
	s.once.Do(func() {
		err = s.support.StoreLogoffTransports(lpulFlags)
	})
	return err
}

func (s *okStore) Release() uint32 {
	s.once.Do(func() {
		abort := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&abort)
	})
	return s.support.Release()
}

// copyStore copies the caller's flags into a local for the Once and writes
// the output bits back; Release hands the Once a method value. Correct:
// silent.
type copyStore struct {
	support Support
	once    sync.Once
}

func (s *copyStore) StoreLogoff(lpulFlags *uint32) error {
	f := *lpulFlags
	s.once.Do(func() {
		s.support.StoreLogoffTransports(&f)
	})
	*lpulFlags = f
	return nil
}

func (s *copyStore) abortTransports() {
	abort := uint32(LOGOFF_ABORT)
	s.support.StoreLogoffTransports(&abort)
}

func (s *copyStore) Release() uint32 {
	s.once.Do(s.abortTransports)
	return s.support.Release()
}

// noAbortStore never calls StoreLogoffTransports from Release. AF1 at the
// function name.
type noAbortStore struct {
	support Support
	once    sync.Once
}

func (s *noAbortStore) StoreLogoff(lpulFlags *uint32) error {
	var err error
	s.once.Do(func() {
		err = s.support.StoreLogoffTransports(lpulFlags)
	})
	return err
}

func (s *noAbortStore) Release() uint32 { // want `Release does not call s\.support\.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	return s.support.Release()
}

// outsideStore aborts outside the Once. AF2 at the call.
type outsideStore struct {
	support Support
	once    sync.Once
}

func (s *outsideStore) StoreLogoff(lpulFlags *uint32) error {
	var err error
	s.once.Do(func() {
		err = s.support.StoreLogoffTransports(lpulFlags)
	})
	return err
}

func (s *outsideStore) Release() uint32 {
	abort := uint32(LOGOFF_ABORT)
	s.support.StoreLogoffTransports(&abort) // want `StoreLogoffTransports here is not guarded by the state StoreLogoff sets, so it runs a second time after StoreLogoff`
	return s.support.Release()
}

// ownOnceStore guards Release with a second Once that StoreLogoff does not
// share, so the abort still runs after StoreLogoff. AF2 at the call inside
// the closure.
type ownOnceStore struct {
	support     Support
	logoffOnce  sync.Once
	releaseOnce sync.Once
}

func (s *ownOnceStore) StoreLogoff(lpulFlags *uint32) error {
	var err error
	s.logoffOnce.Do(func() {
		err = s.support.StoreLogoffTransports(lpulFlags)
	})
	return err
}

func (s *ownOnceStore) Release() uint32 {
	s.releaseOnce.Do(func() {
		abort := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&abort) // want `StoreLogoffTransports here is not guarded by the state StoreLogoff sets, so it runs a second time after StoreLogoff`
	})
	return s.support.Release()
}

// noWaitStore passes LOGOFF_NO_WAIT inside the shared Once. AF3 at the call.
type noWaitStore struct {
	support Support
	once    sync.Once
}

func (s *noWaitStore) StoreLogoff(lpulFlags *uint32) error {
	var err error
	s.once.Do(func() {
		err = s.support.StoreLogoffTransports(lpulFlags)
	})
	return err
}

func (s *noWaitStore) Release() uint32 {
	s.once.Do(func() {
		flags := uint32(LOGOFF_NO_WAIT)
		s.support.StoreLogoffTransports(&flags) // want `Release passes 0x1 \(LOGOFF_NO_WAIT\) to StoreLogoffTransports; it must pass LOGOFF_ABORT \(0x8\)`
	})
	return s.support.Release()
}

// retryStore retries a failed abort inside the Once. AF4 at the retry.
type retryStore struct {
	support Support
	once    sync.Once
}

func (s *retryStore) StoreLogoff(lpulFlags *uint32) error {
	var err error
	s.once.Do(func() {
		err = s.support.StoreLogoffTransports(lpulFlags)
	})
	return err
}

func (s *retryStore) Release() uint32 {
	s.once.Do(func() {
		abort := uint32(LOGOFF_ABORT)
		if err := s.support.StoreLogoffTransports(&abort); err != nil {
			log.Printf("store: abort transports: %v; retrying", err)
			s.support.StoreLogoffTransports(&abort) // want `s\.support\.StoreLogoffTransports may be called twice on this path`
		}
	})
	return s.support.Release()
}

// closedStore logs off through the Once but guards Release's abort with a
// closed field StoreLogoff never sets. AF5 at the guard.
type closedStore struct {
	support Support
	once    sync.Once
	closed  bool
}

func (s *closedStore) StoreLogoff(lpulFlags *uint32) error {
	var err error
	s.once.Do(func() {
		err = s.support.StoreLogoffTransports(lpulFlags)
	})
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
