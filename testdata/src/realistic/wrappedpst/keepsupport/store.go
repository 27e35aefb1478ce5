// Package keepsupport ports the store wrapper of Microsoft's Sample
// Wrapped PST Store Provider (CMsgStore) with a change a provider author
// makes: the wrapper keeps the support object it was logged on with (to
// open profile sections later) and takes a reference on it, but its
// StoreLogoff and Release still only forward to the PST store. A type
// that holds a support object is a store: its StoreLogoff never calls
// StoreLogoffTransports, and its Release forwards to the inner object and
// never releases the support object it holds.
package keepsupport

import (
	"log"

	"realistic/mapi"
)

type cMsgStore struct {
	cRef     uint32
	pstStore mapi.MsgStore
	support  mapi.Support
}

func newCMsgStore(pst mapi.MsgStore, sup mapi.Support) *cMsgStore {
	sup.AddRef()
	return &cMsgStore{cRef: 1, pstStore: pst, support: sup}
}

func (s *cMsgStore) StoreLogoff(pulFlags *uint32) error { // want `StoreLogoff never calls StoreLogoffTransports and does not save its flags for Release`
	log.Printf("CMsgStore::StoreLogoff")
	return s.pstStore.StoreLogoff(pulFlags)
}

func (s *cMsgStore) Release() uint32 { // want `Release never releases the support object s\.support`
	if s.pstStore == nil {
		return 0
	}
	ulRef := s.pstStore.Release()
	s.cRef--
	if s.cRef == 0 {
		s.pstStore = nil
		return 0
	}
	return ulRef
}

var _ = newCMsgStore
