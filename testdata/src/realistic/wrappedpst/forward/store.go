// Package forward ports the store object of Microsoft's Sample Wrapped PST
// Store Provider (CMsgStore in its MSProvider code): a wrapper in front of
// the PST provider's own store. It holds only the PST store; the support
// object went to the PST provider at logon (wrapped in CSupport). Every
// method logs and forwards: StoreLogoff forwards to the PST store's
// StoreLogoff, which does the shutdown protocol; AddRef and Release keep
// the wrapper's own count and forward to the PST store too, dropping it
// when the wrapper goes.
//
// A type that holds no support object and forwards StoreLogoff to another
// object's StoreLogoff is no store to check. Correct: silent.
//
// ISSUE12: family 1. A forwarding wrapper in front of another provider's
// store.
package forward

import (
	"log"

	"realistic/mapi"
)

type cMsgStore struct {
	cRef     uint32
	pstStore mapi.MsgStore
}

func newCMsgStore(pst mapi.MsgStore) *cMsgStore {
	log.Printf("In Constructor of CMsgStore")
	return &cMsgStore{cRef: 1, pstStore: pst}
}

func (s *cMsgStore) AddRef() uint32 {
	if s.pstStore == nil {
		return 0
	}
	s.cRef++
	s.pstStore.AddRef()
	return s.cRef
}

func (s *cMsgStore) Release() uint32 {
	if s.pstStore == nil {
		return 0
	}
	log.Printf("CMsgStore::Release() called")
	ulRef := s.pstStore.Release()
	s.cRef--
	if s.cRef == 0 {
		s.pstStore = nil
		return 0
	}
	return ulRef
}

func (s *cMsgStore) StoreLogoff(pulFlags *uint32) error {
	log.Printf("CMsgStore::StoreLogoff")
	err := s.pstStore.StoreLogoff(pulFlags)
	log.Printf("CMsgStore::StoreLogoff returned %v", err)
	return err
}

var _ = newCMsgStore
