// Package callback ports the release callback of Zarafa 7's ECMsgStore
// (zarafa-debian, provider/client/ECMsgStore.cpp): an object that opened
// the store on the user's behalf (the proxy store of another server) can
// register a function the store calls when its last reference is about to
// go, with the count still at one. The store is fixed to the eager
// protocol; the call of the registered function (a function value) comes
// before the count is decremented.
//
// Correct: silent.
package callback

import (
	"sync"

	"realistic/mapi"
)

// releaseCallback is told that store is about to be destroyed.
type releaseCallback func(owner any, store *msgStore)

type msgStore struct {
	mu        sync.Mutex
	refs      uint32
	support   mapi.Support
	onRelease releaseCallback
	owner     any
	loggedOff bool
}

func (s *msgStore) setReleaseCallback(owner any, cb releaseCallback) {
	s.owner = owner
	s.onRelease = cb
}

func (s *msgStore) StoreLogoff(lpulFlags *uint32) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.loggedOff {
		return nil
	}
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *msgStore) Release() uint32 {
	// If a parent asked to hear when the store goes, tell it now.
	if s.refs == 1 && s.onRelease != nil {
		s.onRelease(s.owner, s)
	}
	s.mu.Lock()
	s.refs--
	n := s.refs
	s.mu.Unlock()
	if n != 0 {
		return n
	}
	if !s.loggedOff {
		flags := uint32(mapi.LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	s.support.Release()
	return 0
}

var _ = (*msgStore).setReleaseCallback
