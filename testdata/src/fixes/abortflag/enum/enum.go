// Package enum holds eager-protocol stores whose tracking state is an enum
// field that StoreLogoff moves to its logged-off state. Their Release never
// calls StoreLogoffTransports: AF1, and the suggested fix inserts the abort
// call guarded by `s.state != <logged-off value>` before the support
// release. enum.go.golden is the fixed source.
package enum

import "sync/atomic"

// Store lifecycle states.
const (
	stateOpen = iota
	stateLoggedOff
	stateReleased
)

// intStore keeps the state in a plain int; Release moves it on after the
// support release, so the fix (before the release) still sees StoreLogoff's
// value.
type intStore struct {
	support Support
	state   int
}

func (s *intStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.state = stateLoggedOff
	return err
}

func (s *intStore) Release() uint32 { // want `Release does not call s\.support\.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	rc := s.support.Release()
	s.state = stateReleased
	return rc
}

// phase is a named state type with its own constants.
type phase uint8

const (
	phaseActive phase = iota + 1
	phaseClosing
	phaseClosed
)

// phaseStore keeps a named-type state; StoreLogoff passes through
// phaseClosing and leaves it at phaseClosed.
type phaseStore struct {
	support Support
	phase   phase
}

func (s *phaseStore) StoreLogoff(lpulFlags *uint32) error {
	s.phase = phaseClosing
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.phase = phaseClosed
	return err
}

func (s *phaseStore) Release() uint32 { // want `Release does not call s\.support\.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	s.support.Release()
	return 0
}

// atomicStore keeps the state in an atomic.Int32 set with Store.
type atomicStore struct {
	support Support
	state   atomic.Int32
}

func (s *atomicStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.state.Store(stateLoggedOff)
	return err
}

func (s *atomicStore) Release() uint32 { // want `Release does not call s\.support\.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	return s.support.Release()
}
