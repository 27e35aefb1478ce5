// Package ptrhelpersbad is the broken twin of ptrhelpers: the final
// Release of this Zarafa store port calls shutdown.AbortTransportsAlways,
// which aborts the transports whatever the flag StoreLogoff set says, so
// after a StoreLogoff the transports are logged off a second time.
//
// ISSUE12: family 4. The call is made by a helper in another package that
// receives the tracking state by pointer and ignores it.
package ptrhelpersbad

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
	shutdown.AbortTransportsAlways(s.support, &s.loggedOff) // want `StoreLogoffTransports here is not guarded by the state StoreLogoff sets, so it runs a second time after StoreLogoff`
	return s.support.Release()
}
