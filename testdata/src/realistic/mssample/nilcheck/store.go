// Package nilcheck ports the generic object release of Microsoft's Sample
// Message Store (OBJ_Release in MSPOBJ.C) with its two guards: a nil object
// and an object that is no longer a live store (released already, or not
// a store object at all) are answered with 0 before anything is
// counted. Only then is the count decremented under the lock, and the last
// reference destroys the store: the deferred protocol, flags recorded by
// StoreLogoff and starting as LOGOFF_ABORT, support object released last.
//
// Correct: silent.
//
// ISSUE12: family 2 (which paths are final). The two early returns come
// before the count is decremented: they are not final paths and owe
// neither the support release nor the StoreLogoffTransports call.
package nilcheck

import (
	"log"
	"sync"

	"realistic/mapi"
)

// storeMagic marks a live store object, as the sample's check of the
// object's vtable pointer does.
const storeMagic = 0x53544f52

type store struct {
	magic    uint32
	mu       sync.Mutex
	refs     int32
	support  mapi.Support
	flagsSLT uint32
}

func newStore(sup mapi.Support) *store {
	return &store{magic: storeMagic, refs: 1, support: sup, flagsSLT: mapi.LOGOFF_ABORT}
}

func (s *store) StoreLogoff(lpulFlags *uint32) error {
	s.mu.Lock()
	s.flagsSLT = *lpulFlags
	*lpulFlags = mapi.LOGOFF_COMPLETE
	s.mu.Unlock()
	return nil
}

func (s *store) Release() uint32 {
	if s == nil {
		return 0
	}
	if s.magic != storeMagic {
		log.Printf("sample store: Release(%p): object is invalid and is being ignored", s)
		return 0
	}
	s.mu.Lock()
	s.refs--
	if n := s.refs; n != 0 {
		s.mu.Unlock()
		return uint32(n)
	}
	flags := s.flagsSLT
	s.support.StoreLogoffTransports(&flags)
	s.magic = 0
	s.mu.Unlock()
	s.support.Release() // do this last
	return 0
}

var _ = newStore
