// Package releasefirst ports Microsoft's Sample Message Store (MSPOBJ.C)
// with the order of the destroy path turned around: the port releases the
// support object as soon as the count reaches zero and only then neuters
// the store, whose neutering unsubscribes from the support object and
// calls StoreLogoffTransports on it. The sample marks its support release
// "do this last"; inside that release MAPI logs the provider off, so the
// support object must not be touched after it.
//
// Deferred protocol, otherwise right: the flags start as LOGOFF_ABORT.
package releasefirst

import (
	"sync"

	"realistic/mapi"
)

type store struct {
	mu       sync.Mutex
	refs     int32
	support  mapi.Support
	oqConn   uint32
	tblConn  uint32
	flagsSLT uint32
}

func newStore(sup mapi.Support) *store {
	return &store{refs: 1, support: sup, flagsSLT: mapi.LOGOFF_ABORT}
}

func (s *store) StoreLogoff(lpulFlags *uint32) error {
	s.mu.Lock()
	s.flagsSLT = *lpulFlags
	s.mu.Unlock()
	return nil
}

func (s *store) Release() uint32 {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.refs--
	if s.refs > 0 {
		return uint32(s.refs)
	}
	s.support.Release()
	s.neuter() // want `s\.support is used after its Release`
	return 0
}

func (s *store) neuter() {
	if s.oqConn != 0 {
		s.support.Unsubscribe(s.oqConn)
		s.oqConn = 0
	}
	if s.tblConn != 0 {
		s.support.Unsubscribe(s.tblConn)
		s.tblConn = 0
	}
	flags := s.flagsSLT
	s.support.StoreLogoffTransports(&flags)
}

var _ = newStore
