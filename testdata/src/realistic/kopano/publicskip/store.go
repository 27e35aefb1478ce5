// Package publicskip is Kopano's ECMsgStore (kopano-core,
// provider/client/ECMsgStore.cpp) fixed to the eager protocol, with the
// public-store special case Kopano applies elsewhere (AbortSubmit and the
// receive folder table are "not supported for public folder" stores)
// carried over to StoreLogoff: a public store returns success at once,
// since no transport sends from it. But StoreLogoffTransports is not about
// sending only, and StoreLogoff must begin with it on every successful
// path.
package publicskip

import (
	"sync"

	"realistic/mapi"
)

type msgStore struct {
	mu        sync.Mutex
	refs      uint32
	support   mapi.Support
	isPublic  bool
	loggedOff bool
}

func (s *msgStore) StoreLogoff(lpulFlags *uint32) error {
	if s.isPublic {
		return nil // want `StoreLogoff returns here without calling s\.support\.StoreLogoffTransports`
	}
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
	return 0
}
