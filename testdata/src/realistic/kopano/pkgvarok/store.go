// Package pkgvarok is the twin of pkgvar: Kopano's ECMsgStore fixed to the
// eager protocol with Release's flag in an unexported package variable that
// nothing else assigns, here LOGOFF_ABORT (correct). A second store takes
// its flag from an exported variable, which another package may set: its
// value is unknown, so nothing is said about it.
//
// Correct: silent.
//
// ISSUE12: family 5. Package variables as flags: a constant in practice
// when unexported and never assigned, unknown otherwise.
package pkgvarok

import (
	"sync"

	"realistic/mapi"
)

var abortFlags uint32 = mapi.LOGOFF_ABORT

// ReleaseFlags may be set by the program that embeds the provider.
var ReleaseFlags uint32 = mapi.LOGOFF_NO_WAIT

type msgStore struct {
	mu        sync.Mutex
	refs      int32
	support   mapi.Support
	loggedOff bool
}

func (s *msgStore) StoreLogoff(lpulFlags *uint32) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *msgStore) Release() uint32 {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.refs--
	if s.refs != 0 {
		return uint32(s.refs)
	}
	if !s.loggedOff {
		flags := abortFlags
		s.support.StoreLogoffTransports(&flags)
	}
	s.support.Release()
	return 0
}

type tunedStore struct {
	refs      int32
	support   mapi.Support
	loggedOff bool
}

func (s *tunedStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *tunedStore) Release() uint32 {
	s.refs--
	if s.refs != 0 {
		return uint32(s.refs)
	}
	if !s.loggedOff {
		flags := ReleaseFlags
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}
