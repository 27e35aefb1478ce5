// Package zerodefault ports Microsoft's Sample Message Store (MSPMS.C,
// MSPOBJ.C) with the mistake a port makes when it trusts a zeroing
// allocator: the sample allocates the store zero-filled and then sets the
// recorded StoreLogoffTransports flags to LOGOFF_ABORT explicitly; this
// port drops that line, so a store released without StoreLogoff passes 0
// to StoreLogoffTransports.
//
// Deferred protocol; the call is in a helper, reported at the helper's call
// in Release.
package zerodefault

import (
	"sync"

	"realistic/mapi"
)

type store struct {
	mu       sync.Mutex
	refs     int32
	support  mapi.Support
	flagsSLT uint32
	oqConn   uint32
}

func newStore(sup mapi.Support) *store {
	sup.AddRef()
	return &store{refs: 1, support: sup} // flagsSLT left zero
}

func (s *store) StoreLogoff(lpulFlags *uint32) error {
	if lpulFlags == nil {
		return mapi.ErrInvalidParameter
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.flagsSLT = *lpulFlags
	*lpulFlags = mapi.LOGOFF_COMPLETE
	return nil
}

func (s *store) Release() uint32 {
	s.mu.Lock()
	s.refs--
	if n := s.refs; n != 0 {
		s.mu.Unlock()
		return uint32(n)
	}
	s.neuter() // want `the saved flags s\.flagsSLT are 0x0, not LOGOFF_ABORT, when StoreLogoff was never called`
	s.mu.Unlock()
	s.support.Release()
	return 0
}

func (s *store) neuter() {
	if s.oqConn != 0 {
		s.support.Unsubscribe(s.oqConn)
		s.oqConn = 0
	}
	flags := s.flagsSLT
	s.support.StoreLogoffTransports(&flags)
}

var _ = newStore
