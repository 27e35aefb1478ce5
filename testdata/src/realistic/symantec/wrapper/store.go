// Package wrapper ports the message store wrapper of a Symantec mail
// scanner for Exchange (CMsgStore in its ldvpmec code): the scanner opens
// mailbox stores as a MAPI client and keeps each in a wrapper. The
// wrapper's StoreLogoff, when it still has a store, defaults missing flags
// to LOGOFF_ORDERLY, traces, forwards to the store's StoreLogoff and then
// releases the store. The wrapper holds no support object: it is a client
// of the store, not a store to check.
//
// Correct: silent.
//
// ISSUE12: family 1. A wrapper in front of another provider's store.
package wrapper

import (
	"log"

	"realistic/mapi"
)

type cMsgStore struct {
	refs        int32
	store       mapi.MsgStore
	displayName string
}

func (w *cMsgStore) StoreLogoff(lpulFlags *uint32) error {
	var err error
	if w.store != nil {
		if lpulFlags == nil {
			flags := uint32(mapi.LOGOFF_ORDERLY)
			lpulFlags = &flags
		}
		log.Printf("CMsgStore::StoreLogoff: MsgStore: %s", w.displayName)
		err = w.store.StoreLogoff(lpulFlags)
		w.store.Release()
		w.store = nil
	}
	return err
}

func (w *cMsgStore) Release() uint32 {
	w.refs--
	if w.refs == 0 && w.store != nil {
		w.store.Release()
		w.store = nil
	}
	return uint32(w.refs)
}
