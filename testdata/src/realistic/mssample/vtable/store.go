// Package vtable ports Microsoft's Sample Message Store (MSPMS.C,
// MSPOBJ.C) in its own C shape: the store is a struct whose first field is
// a vtable pointer, and the methods are free functions stored in a vtable
// of function-typed fields (vtblIMS). Release is the generic object release
// the sample shares between stores, messages and attachments; the store
// keeps the support object it got at logon and, as the sample does, copies
// the pointer out of the store before freeing the store and releases it
// last, through that copy.
//
// Deferred protocol: StoreLogoff records the flags, the destroy path passes
// them to StoreLogoffTransports; they start as LOGOFF_ABORT.
//
// Correct: silent.
package vtable

import (
	"sync"
	"unsafe"

	"realistic/mapi"
)

// imsVtbl is the (abridged) IMsgStore vtable of the sample, in slot order.
type imsVtbl struct {
	QueryInterface func(this *ims, riid *[16]byte, ppv *unsafe.Pointer) mapi.HRESULT
	AddRef         func(this *ims) uint32
	Release        func(this *ims) uint32
	GetLastError   func(this *ims, hr mapi.HRESULT) mapi.HRESULT
	SaveChanges    func(this *ims, flags uint32) mapi.HRESULT
	StoreLogoff    func(this *ims, pulFlags *uint32) mapi.HRESULT
	AbortSubmit    func(this *ims, cb uint32, eid unsafe.Pointer, flags uint32) mapi.HRESULT
}

// ims is the message store object.
type ims struct {
	lpVtbl     *imsVtbl
	cs         sync.Mutex
	cRef       uint32
	psup       mapi.Support
	ulOQConn   uint32
	ulTblConn  uint32
	ulFlagsSLT uint32
	szPath     string
}

var vtblIMS = imsVtbl{
	QueryInterface: objQueryInterface,
	AddRef:         objAddRef,
	Release:        objRelease,
	GetLastError:   imsGetLastError,
	SaveChanges:    imsSaveChanges,
	StoreLogoff:    imsStoreLogoff,
	AbortSubmit:    imsAbortSubmit,
}

// newIMS is HrNewIMS: the flags start as LOGOFF_ABORT.
func newIMS(psup mapi.Support, path string) *ims {
	psup.AddRef()
	return &ims{lpVtbl: &vtblIMS, cRef: 1, psup: psup, ulFlagsSLT: mapi.LOGOFF_ABORT, szPath: path}
}

func objQueryInterface(this *ims, riid *[16]byte, ppv *unsafe.Pointer) mapi.HRESULT {
	objAddRef(this)
	*ppv = unsafe.Pointer(this)
	return mapi.S_OK
}

func objAddRef(this *ims) uint32 {
	this.cs.Lock()
	defer this.cs.Unlock()
	this.cRef++
	return this.cRef
}

func imsGetLastError(this *ims, hr mapi.HRESULT) mapi.HRESULT { return mapi.MAPI_E_NO_SUPPORT }

func imsSaveChanges(this *ims, flags uint32) mapi.HRESULT { return mapi.S_OK }

func imsAbortSubmit(this *ims, cb uint32, eid unsafe.Pointer, flags uint32) mapi.HRESULT {
	return mapi.MAPI_E_NO_SUPPORT
}

// imsStoreLogoff records the flags for the final release and reports the
// logoff as complete.
func imsStoreLogoff(this *ims, pulFlags *uint32) mapi.HRESULT {
	if pulFlags == nil {
		return mapi.MAPI_E_INVALID_PARAMETER
	}
	this.cs.Lock()
	this.ulFlagsSLT = *pulFlags
	*pulFlags = mapi.LOGOFF_COMPLETE
	this.cs.Unlock()
	return mapi.S_OK
}

// objRelease drops a reference; the last one destroys the store.
func objRelease(this *ims) uint32 {
	this.cs.Lock()
	this.cRef--
	cRef := this.cRef
	if cRef == 0 {
		objDestroy(this)
		return 0
	}
	this.cs.Unlock()
	return cRef
}

// objDestroy neuters the store, frees it and releases the support object
// through the copy it took first.
func objDestroy(this *ims) {
	imsNeuter(this)
	psup := this.psup
	this.lpVtbl = nil
	this.cs.Unlock()
	psup.Release() // do this last
}

func imsNeuter(this *ims) {
	if this.ulOQConn != 0 {
		this.psup.Unsubscribe(this.ulOQConn)
		this.ulOQConn = 0
	}
	if this.ulTblConn != 0 {
		this.psup.Unsubscribe(this.ulTblConn)
		this.ulTblConn = 0
	}
	ulFlags := this.ulFlagsSLT
	this.psup.StoreLogoffTransports(&ulFlags)
	this.szPath = ""
}

var _ = newIMS
