// Package closedchan checks tracking state kept as a channel StoreLogoff
// closes: Release's one-case select with a default takes the case exactly
// when the channel is closed, so the engine values it as a boolean that
// close sets. A channel StoreLogoff also sends on, or a read of it other
// than that select, stays opaque (silent). Every store shape appears:
// methods (this file), vtable callbacks (vtable.go), generic types
// (generic.go), directives (directive.go).
package closedchan

import "sync"

// Support is the provider's view of IMAPISupport.
type Support interface {
	StoreLogoffTransports(lpulFlags *uint32) error
	Release() uint32
}

// LOGOFF_ABORT is the abort flag of StoreLogoffTransports (MAPIDefS.h).
const LOGOFF_ABORT = 0x00000008

// doneStore closes done in StoreLogoff and aborts in Release only when it
// is still open. Correct twin: silent.
type doneStore struct {
	support Support
	done    chan struct{}
}

func (s *doneStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	close(s.done)
	return err
}

func (s *doneStore) Release() uint32 {
	select {
	case <-s.done:
	default:
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

// backwardsStore aborts when the channel is closed, that is after
// StoreLogoff. Broken twin: reported twice.
type backwardsStore struct {
	support Support
	done    chan struct{}
}

func (s *backwardsStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	close(s.done)
	return err
}

func (s *backwardsStore) Release() uint32 { // want `Release does not call s.support.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	select {
	case <-s.done:
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags) // want `StoreLogoffTransports here is not guarded by the state StoreLogoff sets, so it runs a second time after StoreLogoff`
	default:
	}
	return s.support.Release()
}

// onceStore closes its channel under a sync.Once; Release returns early
// when it is closed. Correct twin: silent.
type onceStore struct {
	support Support
	once    sync.Once
	closed  chan struct{}
}

func (s *onceStore) StoreLogoff(lpulFlags *uint32) error {
	var err error
	s.once.Do(func() {
		err = s.support.StoreLogoffTransports(lpulFlags)
		close(s.closed)
	})
	return err
}

func (s *onceStore) Release() uint32 {
	select {
	case <-s.closed:
		return s.support.Release()
	default:
	}
	flags := uint32(LOGOFF_ABORT)
	s.support.StoreLogoffTransports(&flags)
	return s.support.Release()
}

// unguardedStore ignores the channel it closes. Broken twin: reported.
type unguardedStore struct {
	support Support
	done    chan struct{}
}

func (s *unguardedStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	close(s.done)
	return err
}

func (s *unguardedStore) Release() uint32 {
	flags := uint32(LOGOFF_ABORT)
	s.support.StoreLogoffTransports(&flags) // want `StoreLogoffTransports here is not guarded by the state StoreLogoff sets, so it runs a second time after StoreLogoff`
	return s.support.Release()
}

// noisyStore also sends on its channel, so a receive no longer means
// closed: the select is opaque, and nothing is said whichever way it
// goes.
type noisyStore struct {
	support Support
	done    chan bool
}

func (s *noisyStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.done <- true
	close(s.done)
	return err
}

func (s *noisyStore) Release() uint32 {
	select {
	case <-s.done:
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	default:
	}
	return s.support.Release()
}

// twoCaseStore waits on its channel or a timer: a select of two cases is
// not a test of the channel alone, so it is opaque.
type twoCaseStore struct {
	support Support
	done    chan struct{}
	timeout chan struct{}
}

func (s *twoCaseStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	close(s.done)
	return err
}

func (s *twoCaseStore) Release() uint32 {
	select {
	case <-s.done:
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	case <-s.timeout:
	}
	return s.support.Release()
}

// strangerStore's StoreLogoff sets loggedOff, but Release tests a channel
// StoreLogoff never closes: a guard on the wrong state, reported at the
// select. Broken twin.
type strangerStore struct {
	support   Support
	loggedOff bool
	quit      chan struct{}
}

func (s *strangerStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *strangerStore) Release() uint32 {
	select { // want `this guard tests s.quit, which StoreLogoff never sets`
	case <-s.quit:
	default:
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}
