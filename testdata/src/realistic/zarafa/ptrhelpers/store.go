// Package ptrhelpers ports Zarafa 7's ECMsgStore (zarafa-debian,
// provider/client/ECMsgStore.cpp), fixed to the eager protocol, with the
// shutdown code in a package the store packages share
// (ptrhelpers/shutdown): StoreLogoff hands its support object and a
// pointer to its flag to shutdown.LogoffTransports, the final Release
// hands them to shutdown.AbortTransports, which aborts only when the flag
// says StoreLogoff did not log the transports off. The support object is
// released last.
//
// Correct: silent.
//
// ISSUE12: family 4. The tracking state is written and tested through a
// pointer, by helpers in another package.
package ptrhelpers

import (
	"realistic/zarafa/ptrhelpers/shutdown"
)

type msgStore struct {
	refs      uint32
	support   shutdown.Support
	loggedOff bool
}

func (s *msgStore) StoreLogoff(lpulFlags *uint32) error {
	return shutdown.LogoffTransports(s.support, lpulFlags, &s.loggedOff)
}

func (s *msgStore) Release() uint32 {
	s.refs--
	if s.refs != 0 {
		return s.refs
	}
	shutdown.AbortTransports(s.support, &s.loggedOff)
	return s.support.Release()
}
