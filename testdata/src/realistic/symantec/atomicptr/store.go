// Package atomicptr ports the store wrapper of a Symantec mail scanner for
// Exchange (CMsgStore in its ldvpmec code) to a wrapper shared between
// scanning goroutines: the wrapped store sits in an atomic.Pointer, and
// StoreLogoff takes it out with Swap so that only one goroutine logs off
// and releases it (the C++ original releases its smart pointer). No
// support object: not a store to check.
//
// Correct: silent.
//
// ISSUE12: family 1. A wrapper in front of another provider's store.
package atomicptr

import (
	"log"
	"sync/atomic"

	"realistic/mapi"
)

type storeRef struct {
	mapi.MsgStore
}

type cMsgStore struct {
	refs  atomic.Int32
	store atomic.Pointer[storeRef]
	name  string
}

func (w *cMsgStore) StoreLogoff(lpulFlags *uint32) error {
	ref := w.store.Swap(nil)
	if ref == nil {
		return nil
	}
	if lpulFlags == nil {
		flags := uint32(mapi.LOGOFF_ORDERLY)
		lpulFlags = &flags
	}
	log.Printf("logging off %s", w.name)
	err := ref.StoreLogoff(lpulFlags)
	ref.Release()
	return err
}

func (w *cMsgStore) Release() uint32 {
	n := w.refs.Add(-1)
	if n == 0 {
		if ref := w.store.Swap(nil); ref != nil {
			ref.Release()
		}
	}
	return uint32(n)
}
