// Package vtable ports the store wrapper of Microsoft's Sample Wrapped PST
// Store Provider (CMsgStore) to raw COM in Go: the wrapper and the PST
// store it wraps are both vtable structs, the wrapper's methods are free
// functions in its vtable, and each forwards through the PST store's
// vtable slot of the same name. The wrapper holds no support object.
//
// Correct: silent.
//
// ISSUE12: family 1. A forwarding wrapper, here forwarding through another
// object's StoreLogoff vtable slot.
package vtable

import (
	"log"
)

// pstVtbl is the (abridged) vtable of the PST provider's IMsgStore.
type pstVtbl struct {
	AddRef      func(this *pstMsgStore) uintptr
	Release     func(this *pstMsgStore) uintptr
	StoreLogoff func(this *pstMsgStore, pulFlags *uint32) uintptr
}

// pstMsgStore is the PST provider's store as the wrapper sees it.
type pstMsgStore struct {
	lpVtbl *pstVtbl
}

// wrapVtbl is the wrapper's own vtable.
type wrapVtbl struct {
	AddRef      func(this *cMsgStore) uintptr
	Release     func(this *cMsgStore) uintptr
	StoreLogoff func(this *cMsgStore, pulFlags *uint32) uintptr
}

type cMsgStore struct {
	lpVtbl   *wrapVtbl
	cRef     uint32
	pstStore *pstMsgStore
}

var cMsgStoreVtbl = wrapVtbl{
	AddRef:      cmsAddRef,
	Release:     cmsRelease,
	StoreLogoff: cmsStoreLogoff,
}

func cmsAddRef(this *cMsgStore) uintptr {
	if this.pstStore == nil {
		return 0
	}
	this.cRef++
	this.pstStore.lpVtbl.AddRef(this.pstStore)
	return uintptr(this.cRef)
}

func cmsRelease(this *cMsgStore) uintptr {
	if this.pstStore == nil {
		return 0
	}
	ulRef := this.pstStore.lpVtbl.Release(this.pstStore)
	this.cRef--
	if this.cRef == 0 {
		this.pstStore = nil
		this.lpVtbl = nil
		return 0
	}
	return ulRef
}

func cmsStoreLogoff(this *cMsgStore, pulFlags *uint32) uintptr {
	log.Printf("CMsgStore::StoreLogoff")
	hr := this.pstStore.lpVtbl.StoreLogoff(this.pstStore, pulFlags)
	log.Printf("CMsgStore::StoreLogoff returned 0x%08X", hr)
	return hr
}
