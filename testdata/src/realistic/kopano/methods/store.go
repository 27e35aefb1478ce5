// Package methods ports Kopano's client-side message store, ECMsgStore
// (kopano-core, provider/client/ECMsgStore.cpp), to methods on a Go struct.
// Kopano's StoreLogoff returns success and does nothing else: it never
// calls StoreLogoffTransports, and neither does anything at release. Its
// Release is the generic reference count of its base class; the last
// release destroys the store, whose destructor drops every notification
// advise and then, as the smart pointer member goes, releases the support
// object.
package methods

import (
	"realistic/mapi"
)

// notifyClient holds the store's advises (ECNotifyClient).
type notifyClient struct {
	advises map[uint32]bool
}

func (n *notifyClient) releaseAll() {
	for c := range n.advises {
		delete(n.advises, c)
	}
}

type msgStore struct {
	refs     uint32
	support  mapi.Support
	notify   *notifyClient
	profile  string
	isPublic bool
}

func (s *msgStore) AddRef() uint32 {
	s.refs++
	return s.refs
}

func (s *msgStore) StoreLogoff(lpulFlags *uint32) error { // want `StoreLogoff never calls StoreLogoffTransports and does not save its flags for Release`
	return nil
}

func (s *msgStore) Release() uint32 {
	s.refs--
	if s.refs != 0 {
		return s.refs
	}
	s.destruct()
	return 0
}

// destruct is ~ECMsgStore.
func (s *msgStore) destruct() {
	if s.notify != nil {
		s.notify.releaseAll()
	}
	s.support.Release()
}
