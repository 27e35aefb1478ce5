// Package vtable ports Kopano's ECMsgStore (kopano-core,
// provider/client/ECMsgStore.cpp) to vtable callbacks: free functions
// stored into the slots of a vtable of function-typed fields, wired by
// assignment when the store is built. The StoreLogoff callback returns
// S_OK and does nothing, as Kopano's does; the Release callback is the
// base class's count, and the last release releases the support object.
package vtable

import (
	"realistic/mapi"
)

type msgStoreVtbl struct {
	AddRef      func(this *msgStore) uintptr
	Release     func(this *msgStore) uintptr
	StoreLogoff func(this *msgStore, lpulFlags *uint32) uintptr
	AbortSubmit func(this *msgStore, cb uint32, eid *byte, flags uint32) uintptr
}

type msgStore struct {
	vtbl    *msgStoreVtbl
	cRef    uint32
	support mapi.Support
	public  bool
}

func newMsgStore(sup mapi.Support, public bool) *msgStore {
	vt := &msgStoreVtbl{}
	vt.AddRef = ecAddRef
	vt.Release = ecRelease
	vt.StoreLogoff = ecStoreLogoff
	vt.AbortSubmit = ecAbortSubmit
	return &msgStore{vtbl: vt, cRef: 1, support: sup, public: public}
}

func ecAddRef(this *msgStore) uintptr {
	this.cRef++
	return uintptr(this.cRef)
}

func ecStoreLogoff(this *msgStore, lpulFlags *uint32) uintptr { // want `StoreLogoff never calls StoreLogoffTransports and does not save its flags for Release`
	return uintptr(mapi.S_OK)
}

func ecAbortSubmit(this *msgStore, cb uint32, eid *byte, flags uint32) uintptr {
	if this.public {
		return uintptr(mapi.MAPI_E_NO_SUPPORT)
	}
	if eid == nil {
		return uintptr(mapi.MAPI_E_INVALID_PARAMETER)
	}
	return uintptr(mapi.S_OK)
}

func ecRelease(this *msgStore) uintptr {
	this.cRef--
	if this.cRef != 0 {
		return uintptr(this.cRef)
	}
	this.support.Release()
	this.vtbl = nil
	return 0
}

var _ = newMsgStore
