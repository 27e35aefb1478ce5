// Package dtor ports Zarafa 7's ECMsgStore (zarafa-debian,
// provider/client/ECMsgStore.cpp), fixed to the eager protocol, with its
// destructor's order broken: Zarafa's destructor logs the server
// connection off, drops the notification advises, frees the storage and
// releases the support object last; this port releases the support object
// first and drops the advises afterwards, and dropping them unsubscribes
// from the support object, which MAPI has already logged off.
package dtor

import (
	"sync"

	"realistic/mapi"
)

type msgStore struct {
	mu        sync.Mutex
	refs      uint32
	support   mapi.Support
	advises   []uint32
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
		return s.refs
	}
	if !s.loggedOff {
		flags := uint32(mapi.LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	s.support.Release()
	s.unadviseAll() // want `s\.support is used after its Release`
	return 0
}

func (s *msgStore) unadviseAll() {
	for _, c := range s.advises {
		s.support.Unsubscribe(c)
	}
	s.advises = nil
}
