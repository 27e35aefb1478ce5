// Package mixed ports Microsoft's Sample Message Store (MSPMS.C) after a
// maintainer read "StoreLogoff should begin by calling
// StoreLogoffTransports" and added the call to StoreLogoff, but kept the
// sample's recorded flags that the final release passes to
// StoreLogoffTransports again: the two protocols mixed, so the transports
// are logged off twice when a client calls StoreLogoff.
package mixed

import (
	"sync"

	"realistic/mapi"
)

type store struct {
	mu       sync.Mutex
	refs     int32
	support  mapi.Support
	flagsSLT uint32
}

func newStore(sup mapi.Support) *store {
	return &store{refs: 1, support: sup, flagsSLT: mapi.LOGOFF_ABORT}
}

func (s *store) StoreLogoff(lpulFlags *uint32) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.flagsSLT = *lpulFlags
	return s.support.StoreLogoffTransports(lpulFlags) // want `StoreLogoff calls s\.support\.StoreLogoffTransports but also saves its flags for Release: use the eager or the deferred protocol, not both`
}

func (s *store) Release() uint32 {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.refs--
	if s.refs != 0 {
		return uint32(s.refs)
	}
	flags := s.flagsSLT
	s.support.StoreLogoffTransports(&flags)
	s.support.Release()
	return 0
}

var _ = newStore
