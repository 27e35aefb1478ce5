// Package methods ports the shutdown of Microsoft's Sample Message Store
// (MAPI SDK, MSPMS.C and MSPOBJ.C) to methods on a Go struct. It follows
// the deferred protocol: StoreLogoff only records the caller's flags under
// the store's lock and answers LOGOFF_COMPLETE; the recorded flags start as
// LOGOFF_ABORT when the store is built; the last Release, once no child
// object (folder, message) is still open, neuters the store: it drops its
// two notification subscriptions on the support object, passes the
// recorded flags to StoreLogoffTransports, frees its resources and releases
// the support object last.
//
// Correct: silent.
//
// ISSUE12: family 2. When the count reaches zero while a child is still
// open, the store is not destroyed yet (the last child's release does it,
// walking up to its parent). Release tests the number of open children,
// a count that is not the reference count, so that early return is not a
// final path: no "returns without releasing", no "skipped on some final
// paths".
package methods

import (
	"errors"
	"log"
	"sync"

	"realistic/mapi"
)

// store is the IMsgStore object (IMS in the sample).
type store struct {
	mu        sync.Mutex
	refs      int32
	children  int // open folders and messages, each holding its parent
	support   mapi.Support
	oqConn    uint32 // outgoing queue subscription
	tblConn   uint32 // contents table subscription
	flagsSLT  uint32 // flags for StoreLogoffTransports
	path      string
	destroyed bool
}

func newStore(sup mapi.Support, path string) *store {
	sup.AddRef()
	return &store{refs: 1, support: sup, path: path, flagsSLT: mapi.LOGOFF_ABORT}
}

func (s *store) AddRef() uint32 {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.refs++
	return uint32(s.refs)
}

// StoreLogoff remembers the flags for the final release.
func (s *store) StoreLogoff(lpulFlags *uint32) error {
	if lpulFlags == nil {
		return mapi.ErrInvalidParameter
	}
	s.mu.Lock()
	s.flagsSLT = *lpulFlags
	*lpulFlags = mapi.LOGOFF_COMPLETE
	s.mu.Unlock()
	return nil
}

// Release destroys the store when the last reference goes and no child
// object is open.
func (s *store) Release() uint32 {
	s.mu.Lock()
	s.refs--
	n := s.refs
	if n == 0 && s.children == 0 {
		s.destroy()
		return 0
	}
	s.mu.Unlock()
	return uint32(n)
}

// destroy is entered with s.mu held and leaves it released, like the
// sample's OBJ_Destroy.
func (s *store) destroy() {
	s.neuter()
	s.mu.Unlock()
	s.support.Release() // do this last
}

// neuter frees what the store holds and logs off its transports with the
// recorded flags.
func (s *store) neuter() {
	if s.oqConn != 0 {
		s.support.Unsubscribe(s.oqConn)
		s.oqConn = 0
	}
	if s.tblConn != 0 {
		s.support.Unsubscribe(s.tblConn)
		s.tblConn = 0
	}
	s.destroyed = true
	flags := s.flagsSLT
	if err := s.support.StoreLogoffTransports(&flags); err != nil && !errors.Is(err, mapi.ErrNoSupport) {
		// The support object MAPI hands out during configuration has no
		// StoreLogoffTransports; that is not an error.
		log.Printf("sample store: StoreLogoffTransports: %v", err)
	}
	s.path = ""
}

var _ = newStore
