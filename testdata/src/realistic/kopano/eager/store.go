// Package eager is Kopano's ECMsgStore (kopano-core,
// provider/client/ECMsgStore.cpp) as the shutdown rules want it: the eager
// protocol. StoreLogoff begins by calling StoreLogoffTransports (under the
// store's mutex; a second StoreLogoff returns at once) and records that it
// did; the last Release calls StoreLogoffTransports(LOGOFF_ABORT) when
// StoreLogoff never ran, then does what Kopano's destructor does (drop the
// notification advises, log the transport off the server) and releases the
// support object last.
//
// Correct: silent.
package eager

import (
	"log"
	"sync"

	"realistic/mapi"
)

type notifyClient struct {
	mu      sync.Mutex
	advises map[uint32]bool
}

func (n *notifyClient) releaseAll() {
	n.mu.Lock()
	defer n.mu.Unlock()
	for c := range n.advises {
		delete(n.advises, c)
	}
}

type wsTransport struct {
	session uint64
}

func (t *wsTransport) logOff() error {
	t.session = 0
	return nil
}

type msgStore struct {
	mu        sync.Mutex
	refs      int32
	support   mapi.Support
	notify    *notifyClient
	transport *wsTransport
	loggedOff bool
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
	s.mu.Lock()
	s.refs--
	n := s.refs
	s.mu.Unlock()
	if n > 0 {
		return uint32(n)
	}
	if !s.loggedOff {
		flags := uint32(mapi.LOGOFF_ABORT)
		if err := s.support.StoreLogoffTransports(&flags); err != nil {
			log.Printf("kopano: StoreLogoffTransports(LOGOFF_ABORT): %v", err)
		}
	}
	if s.notify != nil {
		s.notify.releaseAll()
	}
	if err := s.transport.logOff(); err != nil {
		log.Printf("kopano: logoff: %v", err)
	}
	s.support.Release()
	return 0
}
