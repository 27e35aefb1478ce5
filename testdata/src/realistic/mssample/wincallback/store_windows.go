//go:build windows

package wincallback

import (
	"sync"
	"syscall"
	"unsafe"

	"realistic/mapi"
)

// imsVtbl holds the callback pointers of the IMsgStore vtable (abridged).
type imsVtbl struct {
	QueryInterface uintptr
	AddRef         uintptr
	Release        uintptr
	StoreLogoff    uintptr
}

type ims struct {
	lpVtbl     *imsVtbl
	cs         sync.Mutex
	cRef       uint32
	psup       mapi.Support
	ulOQConn   uint32
	ulFlagsSLT uint32
}

var vtblIMS = imsVtbl{
	QueryInterface: syscall.NewCallback(imsQueryInterface),
	AddRef:         syscall.NewCallback(imsAddRef),
	Release:        syscall.NewCallback(imsRelease),
	StoreLogoff:    syscall.NewCallback(imsStoreLogoff),
}

func newIMS(psup mapi.Support) *ims {
	return &ims{lpVtbl: &vtblIMS, cRef: 1, psup: psup, ulFlagsSLT: mapi.LOGOFF_ABORT}
}

func imsQueryInterface(this *ims, riid uintptr, ppv *unsafe.Pointer) uintptr {
	imsAddRef(this)
	*ppv = unsafe.Pointer(this)
	return uintptr(mapi.S_OK)
}

func imsAddRef(this *ims) uintptr {
	this.cs.Lock()
	defer this.cs.Unlock()
	this.cRef++
	return uintptr(this.cRef)
}

func imsStoreLogoff(this *ims, pulFlags *uint32) uintptr {
	if pulFlags == nil {
		return uintptr(mapi.MAPI_E_INVALID_PARAMETER)
	}
	this.cs.Lock()
	this.ulFlagsSLT = *pulFlags
	*pulFlags = mapi.LOGOFF_COMPLETE
	this.cs.Unlock()
	return uintptr(mapi.S_OK)
}

func imsRelease(this *ims) uintptr {
	this.cs.Lock()
	defer this.cs.Unlock()
	this.cRef--
	if this.cRef != 0 {
		return uintptr(this.cRef)
	}
	this.psup.Release()
	imsNeuter(this) // want `this\.psup is used after its Release`
	return 0
}

func imsNeuter(this *ims) {
	if this.ulOQConn != 0 {
		this.psup.Unsubscribe(this.ulOQConn)
		this.ulOQConn = 0
	}
	ulFlags := this.ulFlagsSLT
	this.psup.StoreLogoffTransports(&ulFlags)
}

var _ = newIMS
