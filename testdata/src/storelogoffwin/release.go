//go:build windows

package storelogoffwin

import (
	"syscall"
	"unsafe"
)

// ---------------------------------------------------------------------------
// cachedStore: the vtable slots are filled by assignment
// (vt.Release = syscall.NewCallback(storeRelease)). In cached mode its
// StoreLogoff returns S_OK before the raw StoreLogoffTransports call (SL2).

type cachedStore struct {
	vtbl      *storeVtbl
	refs      int32
	sup       *supportObj
	cacheMode bool
	loggedOff bool
}

func newCachedStore(sup *supportObj, cacheMode bool) *cachedStore {
	vt := new(storeVtbl)
	vt.QueryInterface = syscall.NewCallback(cachedStoreQueryInterface)
	vt.AddRef = syscall.NewCallback(cachedStoreAddRef)
	vt.Release = syscall.NewCallback(storeRelease)
	vt.StoreLogoff = syscall.NewCallback(cachedStoreLogoff)
	return &cachedStore{vtbl: vt, refs: 1, sup: sup, cacheMode: cacheMode}
}

func cachedStoreQueryInterface(this *cachedStore, riid *GUID, ppv *unsafe.Pointer) uintptr {
	*ppv = nil
	return uintptr(E_NOINTERFACE)
}

func cachedStoreAddRef(this *cachedStore) uintptr {
	this.refs++
	return uintptr(this.refs)
}

func cachedStoreLogoff(this *cachedStore, lpulFlags *uint32) uintptr {
	if lpulFlags == nil {
		return uintptr(MAPI_E_INVALID_PARAMETER)
	}
	if this.cacheMode {
		// The transports belong to the online store; leave them alone.
		return uintptr(S_OK) // want `StoreLogoff returns here without calling this\.sup\.StoreLogoffTransports`
	}
	hr, _, _ := syscall.SyscallN(this.sup.vtbl.StoreLogoffTransports, uintptr(unsafe.Pointer(this.sup)), uintptr(unsafe.Pointer(lpulFlags)))
	if failed(hr) {
		return hr
	}
	this.loggedOff = true
	return uintptr(S_OK)
}

func storeRelease(this *cachedStore) uintptr {
	this.refs--
	if this.refs > 0 {
		return uintptr(this.refs)
	}
	if !this.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		syscall.SyscallN(this.sup.vtbl.StoreLogoffTransports, uintptr(unsafe.Pointer(this.sup)), uintptr(unsafe.Pointer(&flags)))
	}
	syscall.SyscallN(this.sup.vtbl.Release, uintptr(unsafe.Pointer(this.sup)))
	return 0
}

// ---------------------------------------------------------------------------
// pooledStore: the support vtable holds comMethod values with a Call
// method, and the store's vtable is a package variable whose StoreLogoff
// and Release slots are assigned in init. The eager protocol done right
// with x.vtbl.StoreLogoffTransports.Call(...). Silent.

// comMethod is a vtable slot that knows how to call itself.
type comMethod uintptr

func (m comMethod) Call(args ...uintptr) (r1, r2 uintptr, err error) {
	r1, r2, errno := syscall.SyscallN(uintptr(m), args...)
	return r1, r2, errno
}

// pooledSupportVtbl is the slice of the IMAPISupport vtable the pool uses,
// copied out of the real vtable at logon.
type pooledSupportVtbl struct {
	QueryInterface        comMethod
	AddRef                comMethod
	Release               comMethod
	StoreLogoffTransports comMethod
}

type pooledSupport struct {
	vtbl *pooledSupportVtbl
}

type pooledStore struct {
	vtbl      *storeVtbl
	refs      int32
	sup       *pooledSupport
	loggedOff bool
}

var pooledStoreVtbl storeVtbl

func init() {
	vt := &pooledStoreVtbl
	vt.Release = syscall.NewCallback(pooledStoreRelease)
	vt.StoreLogoff = syscall.NewCallback(pooledStoreLogoff)
}

func pooledStoreLogoff(this *pooledStore, lpulFlags *uint32) uintptr {
	hr, _, _ := this.sup.vtbl.StoreLogoffTransports.Call(uintptr(unsafe.Pointer(this.sup)), uintptr(unsafe.Pointer(lpulFlags)))
	if failed(hr) {
		return hr
	}
	this.loggedOff = true
	return uintptr(S_OK)
}

func pooledStoreRelease(this *pooledStore) uintptr {
	this.refs--
	if this.refs != 0 {
		return uintptr(this.refs)
	}
	if !this.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		this.sup.vtbl.StoreLogoffTransports.Call(uintptr(unsafe.Pointer(this.sup)), uintptr(unsafe.Pointer(&flags)))
	}
	this.sup.vtbl.Release.Call(uintptr(unsafe.Pointer(this.sup)))
	return 0
}
