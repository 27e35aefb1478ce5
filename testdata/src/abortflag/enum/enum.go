// Package enum exercises abortflag under the eager protocol when the
// tracking state is an enum field, `state int`, that StoreLogoff moves to
// stateLoggedOff.
package enum

import "log"

// Store lifecycle states.
const (
	stateOpen = iota
	stateLoggedOff
	stateReleased
)

// okStore aborts when the state is not stateLoggedOff. Correct: silent.
type okStore struct {
	support Support
	state   int
}

func (s *okStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.state = stateLoggedOff
	return err
}

func (s *okStore) Release() uint32 {
	if s.state != stateLoggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	s.state = stateReleased
	return s.support.Release()
}

// switchStore switches on the state and aborts in the open case only.
// Correct: silent (stateReleased cannot be seen before Release).
type switchStore struct {
	support Support
	state   int
}

func (s *switchStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.state = stateLoggedOff
	return err
}

func (s *switchStore) Release() uint32 {
	switch s.state {
	case stateLoggedOff:
		log.Printf("store: released after logoff")
	default:
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	s.state = stateReleased
	return s.support.Release()
}

// noAbortStore only moves the state. AF1 at the function name.
type noAbortStore struct {
	support Support
	state   int
}

func (s *noAbortStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.state = stateLoggedOff
	return err
}

func (s *noAbortStore) Release() uint32 { // want `Release does not call s\.support\.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	s.state = stateReleased
	return s.support.Release()
}

// unguardedStore aborts whatever the state. AF2 at the call.
type unguardedStore struct {
	support Support
	state   int
}

func (s *unguardedStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.state = stateLoggedOff
	return err
}

func (s *unguardedStore) Release() uint32 {
	flags := uint32(LOGOFF_ABORT)
	s.support.StoreLogoffTransports(&flags) // want `StoreLogoffTransports here is not guarded by the state StoreLogoff sets, so it runs a second time after StoreLogoff`
	s.state = stateReleased
	return s.support.Release()
}

// orderlyStore passes LOGOFF_ORDERLY. AF3 at the call.
type orderlyStore struct {
	support Support
	state   int
}

func (s *orderlyStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.state = stateLoggedOff
	return err
}

func (s *orderlyStore) Release() uint32 {
	if s.state != stateLoggedOff {
		flags := uint32(LOGOFF_ORDERLY)
		s.support.StoreLogoffTransports(&flags) // want `Release passes 0x2 \(LOGOFF_ORDERLY\) to StoreLogoffTransports; it must pass LOGOFF_ABORT \(0x8\)`
	}
	s.state = stateReleased
	return s.support.Release()
}

// twiceStore aborts in the switch and again for the open state below it.
// AF4 at the second call.
type twiceStore struct {
	support Support
	state   int
}

func (s *twiceStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.state = stateLoggedOff
	return err
}

func (s *twiceStore) Release() uint32 {
	flags := uint32(LOGOFF_ABORT)
	switch s.state {
	case stateOpen:
		s.support.StoreLogoffTransports(&flags)
	}
	if s.state != stateLoggedOff {
		s.support.StoreLogoffTransports(&flags) // want `s\.support\.StoreLogoffTransports may be called twice on this path`
	}
	s.state = stateReleased
	return s.support.Release()
}

// closedStore guards with a closed field StoreLogoff never sets. AF5 at the
// guard.
type closedStore struct {
	support Support
	state   int
	closed  bool
}

func (s *closedStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.state = stateLoggedOff
	return err
}

func (s *closedStore) Close() {
	s.closed = true
}

func (s *closedStore) Release() uint32 {
	if !s.closed { // want `this guard tests s\.closed, which StoreLogoff never sets`
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	s.state = stateReleased
	return s.support.Release()
}
