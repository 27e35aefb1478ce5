//go:build windows

// Package abortflagwin exercises the abortflag pass on a Windows COM
// provider written without Go methods (store shape (c)): free functions are
// registered with syscall.NewCallback in the StoreLogoff and Release slots
// of the IMsgStore vtable (by composite literal and by assignment), the
// store is the type of their first parameter, and the support object is
// called through its own vtable with syscall.SyscallN. Reference counts use
// atomic.AddInt32(&this.refs, -1); only the path where the count reaches
// zero is final. Lint it with GOOS=windows.
package abortflagwin

import (
	"sync/atomic"
	"syscall"
	"unsafe"
)

// ---------------------------------------------------------------------------
// Eager protocol. Each StoreLogoff callback begins with the raw
// StoreLogoffTransports call and records in loggedOff that it ran.

// msgStore: the correct twin. Its final Release aborts the transports
// exactly when StoreLogoff did not run. Silent.
type msgStore struct {
	vtbl      *storeVtbl
	refs      int32
	sup       *supportObj
	loggedOff bool
}

var msgStoreVtbl = &storeVtbl{
	QueryInterface: syscall.NewCallback(msgStoreQueryInterface),
	AddRef:         syscall.NewCallback(msgStoreAddRef),
	Release:        syscall.NewCallback(storeRelease),
	StoreLogoff:    syscall.NewCallback(storeLogoff),
}

func newMsgStore(sup *supportObj) *msgStore {
	syscall.SyscallN(sup.vtbl.AddRef, uintptr(unsafe.Pointer(sup)))
	return &msgStore{vtbl: msgStoreVtbl, refs: 1, sup: sup}
}

func msgStoreQueryInterface(this *msgStore, riid *GUID, ppv *unsafe.Pointer) uintptr {
	return queryInterface(ppv)
}

func msgStoreAddRef(this *msgStore) uintptr {
	return uintptr(atomic.AddInt32(&this.refs, 1))
}

func storeLogoff(this *msgStore, lpulFlags *uint32) uintptr {
	if lpulFlags == nil {
		return uintptr(MAPI_E_INVALID_PARAMETER)
	}
	hr, _, _ := syscall.SyscallN(this.sup.vtbl.StoreLogoffTransports, uintptr(unsafe.Pointer(this.sup)), uintptr(unsafe.Pointer(lpulFlags)))
	if failed(hr) {
		return hr
	}
	this.loggedOff = true
	return uintptr(S_OK)
}

func storeRelease(this *msgStore) uintptr {
	n := atomic.AddInt32(&this.refs, -1)
	if n > 0 {
		return uintptr(n)
	}
	if !this.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		syscall.SyscallN(this.sup.vtbl.StoreLogoffTransports, uintptr(unsafe.Pointer(this.sup)), uintptr(unsafe.Pointer(&flags)))
	}
	syscall.SyscallN(this.sup.vtbl.Release, uintptr(unsafe.Pointer(this.sup)))
	return 0
}

// noAbortStore: slots assigned in the constructor. Its final Release only
// forwards to the support object, so a client that never calls StoreLogoff
// leaves the transports running. AF1 at the callback's name.
type noAbortStore struct {
	vtbl      *storeVtbl
	refs      int32
	sup       *supportObj
	loggedOff bool
}

func newNoAbortStore(sup *supportObj) *noAbortStore {
	vt := new(storeVtbl)
	vt.QueryInterface = syscall.NewCallback(noAbortStoreQueryInterface)
	vt.Release = syscall.NewCallback(noAbortStoreRelease)
	vt.StoreLogoff = syscall.NewCallback(noAbortStoreLogoff)
	return &noAbortStore{vtbl: vt, refs: 1, sup: sup}
}

func noAbortStoreQueryInterface(this *noAbortStore, riid *GUID, ppv *unsafe.Pointer) uintptr {
	return queryInterface(ppv)
}

func noAbortStoreLogoff(this *noAbortStore, lpulFlags *uint32) uintptr {
	hr, _, _ := syscall.SyscallN(this.sup.vtbl.StoreLogoffTransports, uintptr(unsafe.Pointer(this.sup)), uintptr(unsafe.Pointer(lpulFlags)))
	if failed(hr) {
		return hr
	}
	this.loggedOff = true
	return uintptr(S_OK)
}

func noAbortStoreRelease(this *noAbortStore) uintptr { // want `Release does not call this\.sup\.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	n := atomic.AddInt32(&this.refs, -1)
	if n > 0 {
		return uintptr(n)
	}
	syscall.SyscallN(this.sup.vtbl.Release, uintptr(unsafe.Pointer(this.sup)))
	return 0
}

// unguardedStore: composite-literal vtable in the constructor. Its final
// Release always aborts, even after StoreLogoff. AF2 at the call.
type unguardedStore struct {
	vtbl      *storeVtbl
	refs      int32
	sup       *supportObj
	loggedOff bool
}

func newUnguardedStore(sup *supportObj) *unguardedStore {
	return &unguardedStore{
		vtbl: &storeVtbl{
			QueryInterface: syscall.NewCallback(unguardedStoreQueryInterface),
			Release:        syscall.NewCallback(unguardedStoreRelease),
			StoreLogoff:    syscall.NewCallback(unguardedStoreLogoff),
		},
		refs: 1,
		sup:  sup,
	}
}

func unguardedStoreQueryInterface(this *unguardedStore, riid *GUID, ppv *unsafe.Pointer) uintptr {
	return queryInterface(ppv)
}

func unguardedStoreLogoff(this *unguardedStore, lpulFlags *uint32) uintptr {
	hr, _, _ := syscall.SyscallN(this.sup.vtbl.StoreLogoffTransports, uintptr(unsafe.Pointer(this.sup)), uintptr(unsafe.Pointer(lpulFlags)))
	if failed(hr) {
		return hr
	}
	this.loggedOff = true
	return uintptr(S_OK)
}

func unguardedStoreRelease(this *unguardedStore) uintptr {
	n := atomic.AddInt32(&this.refs, -1)
	if n > 0 {
		return uintptr(n)
	}
	flags := uint32(LOGOFF_ABORT)
	syscall.SyscallN(this.sup.vtbl.StoreLogoffTransports, uintptr(unsafe.Pointer(this.sup)), uintptr(unsafe.Pointer(&flags))) // want `StoreLogoffTransports here is not guarded by the state StoreLogoff sets, so it runs a second time after StoreLogoff`
	syscall.SyscallN(this.sup.vtbl.Release, uintptr(unsafe.Pointer(this.sup)))
	return 0
}

// noWaitStore: slots assigned in init on a package-level vtable. It passes
// a literal 1 (LOGOFF_ABORT mistaken for 0x1) to the guarded call. AF3 at
// the call.
type noWaitStore struct {
	vtbl      *storeVtbl
	refs      int32
	sup       *supportObj
	loggedOff bool
}

var noWaitStoreVtbl storeVtbl

func init() {
	vt := &noWaitStoreVtbl
	vt.QueryInterface = syscall.NewCallback(noWaitStoreQueryInterface)
	vt.Release = syscall.NewCallback(noWaitStoreRelease)
	vt.StoreLogoff = syscall.NewCallback(noWaitStoreLogoff)
}

func noWaitStoreQueryInterface(this *noWaitStore, riid *GUID, ppv *unsafe.Pointer) uintptr {
	return queryInterface(ppv)
}

func noWaitStoreLogoff(this *noWaitStore, lpulFlags *uint32) uintptr {
	hr, _, _ := syscall.SyscallN(this.sup.vtbl.StoreLogoffTransports, uintptr(unsafe.Pointer(this.sup)), uintptr(unsafe.Pointer(lpulFlags)))
	if failed(hr) {
		return hr
	}
	this.loggedOff = true
	return uintptr(S_OK)
}

func noWaitStoreRelease(this *noWaitStore) uintptr {
	n := atomic.AddInt32(&this.refs, -1)
	if n > 0 {
		return uintptr(n)
	}
	if !this.loggedOff {
		flags := uint32(1)
		syscall.SyscallN(this.sup.vtbl.StoreLogoffTransports, uintptr(unsafe.Pointer(this.sup)), uintptr(unsafe.Pointer(&flags))) // want `Release passes 0x1 \(LOGOFF_NO_WAIT\) to StoreLogoffTransports; it must pass LOGOFF_ABORT \(0x8\)`
	}
	syscall.SyscallN(this.sup.vtbl.Release, uintptr(unsafe.Pointer(this.sup)))
	return 0
}

// retryStore: package-level composite-literal vtable. It retries the
// abort when the raw call fails, calling it twice on that path. AF4 at the
// retry.
type retryStore struct {
	vtbl      *storeVtbl
	refs      int32
	sup       *supportObj
	loggedOff bool
}

var retryStoreVtbl = storeVtbl{
	QueryInterface: syscall.NewCallback(retryStoreQueryInterface),
	Release:        syscall.NewCallback(retryStoreRelease),
	StoreLogoff:    syscall.NewCallback(retryStoreLogoff),
}

func retryStoreQueryInterface(this *retryStore, riid *GUID, ppv *unsafe.Pointer) uintptr {
	return queryInterface(ppv)
}

func retryStoreLogoff(this *retryStore, lpulFlags *uint32) uintptr {
	hr, _, _ := syscall.SyscallN(this.sup.vtbl.StoreLogoffTransports, uintptr(unsafe.Pointer(this.sup)), uintptr(unsafe.Pointer(lpulFlags)))
	if failed(hr) {
		return hr
	}
	this.loggedOff = true
	return uintptr(S_OK)
}

func retryStoreRelease(this *retryStore) uintptr {
	n := atomic.AddInt32(&this.refs, -1)
	if n > 0 {
		return uintptr(n)
	}
	if !this.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		if hr, _, _ := syscall.SyscallN(this.sup.vtbl.StoreLogoffTransports, uintptr(unsafe.Pointer(this.sup)), uintptr(unsafe.Pointer(&flags))); failed(hr) {
			syscall.SyscallN(this.sup.vtbl.StoreLogoffTransports, uintptr(unsafe.Pointer(this.sup)), uintptr(unsafe.Pointer(&flags))) // want `this\.sup\.StoreLogoffTransports may be called twice on this path`
		}
	}
	syscall.SyscallN(this.sup.vtbl.Release, uintptr(unsafe.Pointer(this.sup)))
	return 0
}

// closedStore: slots assigned in the constructor. It guards the abort with
// its own closed flag, which only Release sets; StoreLogoff sets loggedOff.
// AF5 at the guard.
type closedStore struct {
	vtbl      *storeVtbl
	refs      int32
	sup       *supportObj
	loggedOff bool
	closed    bool
}

func newClosedStore(sup *supportObj) *closedStore {
	vt := new(storeVtbl)
	vt.QueryInterface = syscall.NewCallback(closedStoreQueryInterface)
	vt.Release = syscall.NewCallback(closedStoreRelease)
	vt.StoreLogoff = syscall.NewCallback(closedStoreLogoff)
	return &closedStore{vtbl: vt, refs: 1, sup: sup}
}

func closedStoreQueryInterface(this *closedStore, riid *GUID, ppv *unsafe.Pointer) uintptr {
	return queryInterface(ppv)
}

func closedStoreLogoff(this *closedStore, lpulFlags *uint32) uintptr {
	hr, _, _ := syscall.SyscallN(this.sup.vtbl.StoreLogoffTransports, uintptr(unsafe.Pointer(this.sup)), uintptr(unsafe.Pointer(lpulFlags)))
	if failed(hr) {
		return hr
	}
	this.loggedOff = true
	return uintptr(S_OK)
}

func closedStoreRelease(this *closedStore) uintptr {
	n := atomic.AddInt32(&this.refs, -1)
	if n > 0 {
		return uintptr(n)
	}
	if !this.closed { // want `this guard tests this\.closed, which StoreLogoff never sets`
		flags := uint32(LOGOFF_ABORT)
		syscall.SyscallN(this.sup.vtbl.StoreLogoffTransports, uintptr(unsafe.Pointer(this.sup)), uintptr(unsafe.Pointer(&flags)))
	}
	this.closed = true
	syscall.SyscallN(this.sup.vtbl.Release, uintptr(unsafe.Pointer(this.sup)))
	return 0
}

// ---------------------------------------------------------------------------
// Deferred protocol. The StoreLogoff callback only saves *lpulFlags into
// this.logoffFlags; the final Release passes &this.logoffFlags to the raw
// StoreLogoffTransports call exactly once.

// deferredStore: Microsoft's sample store in COM style. The constructor's
// composite literal initialises the saved flags to LOGOFF_ABORT. Silent.
type deferredStore struct {
	vtbl        *storeVtbl
	refs        int32
	sup         *supportObj
	logoffFlags uint32
}

var deferredStoreVtbl = &storeVtbl{
	QueryInterface: syscall.NewCallback(deferredStoreQueryInterface),
	AddRef:         syscall.NewCallback(deferredStoreAddRef),
	Release:        syscall.NewCallback(deferredStoreRelease),
	StoreLogoff:    syscall.NewCallback(deferredStoreLogoff),
}

func newDeferredStore(sup *supportObj) *deferredStore {
	return &deferredStore{vtbl: deferredStoreVtbl, refs: 1, sup: sup, logoffFlags: LOGOFF_ABORT}
}

func deferredStoreQueryInterface(this *deferredStore, riid *GUID, ppv *unsafe.Pointer) uintptr {
	return queryInterface(ppv)
}

func deferredStoreAddRef(this *deferredStore) uintptr {
	return uintptr(atomic.AddInt32(&this.refs, 1))
}

func deferredStoreLogoff(this *deferredStore, lpulFlags *uint32) uintptr {
	if lpulFlags == nil {
		return uintptr(MAPI_E_INVALID_PARAMETER)
	}
	this.logoffFlags = *lpulFlags
	return uintptr(S_OK)
}

func deferredStoreRelease(this *deferredStore) uintptr {
	n := atomic.AddInt32(&this.refs, -1)
	if n > 0 {
		return uintptr(n)
	}
	syscall.SyscallN(this.sup.vtbl.StoreLogoffTransports, uintptr(unsafe.Pointer(this.sup)), uintptr(unsafe.Pointer(&this.logoffFlags)))
	syscall.SyscallN(this.sup.vtbl.Release, uintptr(unsafe.Pointer(this.sup)))
	return 0
}

// zeroDeferredStore: slots assigned in the constructor, whose composite
// literal leaves the saved flags zero, so a store released without
// StoreLogoff passes 0. AF6 at Release's call (related: the composite
// literal in newZeroDeferredStore).
type zeroDeferredStore struct {
	vtbl        *storeVtbl
	refs        int32
	sup         *supportObj
	logoffFlags uint32
}

func newZeroDeferredStore(sup *supportObj) *zeroDeferredStore {
	vt := new(storeVtbl)
	vt.QueryInterface = syscall.NewCallback(zeroDeferredStoreQueryInterface)
	vt.Release = syscall.NewCallback(zeroDeferredStoreRelease)
	vt.StoreLogoff = syscall.NewCallback(zeroDeferredStoreLogoff)
	return &zeroDeferredStore{vtbl: vt, refs: 1, sup: sup}
}

func zeroDeferredStoreQueryInterface(this *zeroDeferredStore, riid *GUID, ppv *unsafe.Pointer) uintptr {
	return queryInterface(ppv)
}

func zeroDeferredStoreLogoff(this *zeroDeferredStore, lpulFlags *uint32) uintptr {
	if lpulFlags == nil {
		return uintptr(MAPI_E_INVALID_PARAMETER)
	}
	this.logoffFlags = *lpulFlags
	return uintptr(S_OK)
}

func zeroDeferredStoreRelease(this *zeroDeferredStore) uintptr {
	n := atomic.AddInt32(&this.refs, -1)
	if n > 0 {
		return uintptr(n)
	}
	syscall.SyscallN(this.sup.vtbl.StoreLogoffTransports, uintptr(unsafe.Pointer(this.sup)), uintptr(unsafe.Pointer(&this.logoffFlags))) // want `the saved flags this\.logoffFlags are 0x0, not LOGOFF_ABORT, when StoreLogoff was never called`
	syscall.SyscallN(this.sup.vtbl.Release, uintptr(unsafe.Pointer(this.sup)))
	return 0
}

// ---------------------------------------------------------------------------
// folderObj: a look-alike. Its composite-literal vtable has a Release slot
// filled with syscall.NewCallback but no StoreLogoff slot, so it is not a
// store, and its Release, which never aborts the transports of the support
// object it holds, is silent.

type folderObj struct {
	vtbl *folderVtbl
	refs int32
	sup  *supportObj
}

var folderObjVtbl = &folderVtbl{
	QueryInterface: syscall.NewCallback(folderQueryInterface),
	AddRef:         syscall.NewCallback(folderAddRef),
	Release:        syscall.NewCallback(folderRelease),
}

func newFolder(sup *supportObj) *folderObj {
	syscall.SyscallN(sup.vtbl.AddRef, uintptr(unsafe.Pointer(sup)))
	return &folderObj{vtbl: folderObjVtbl, refs: 1, sup: sup}
}

func folderQueryInterface(this *folderObj, riid *GUID, ppv *unsafe.Pointer) uintptr {
	return queryInterface(ppv)
}

func folderAddRef(this *folderObj) uintptr {
	return uintptr(atomic.AddInt32(&this.refs, 1))
}

func folderRelease(this *folderObj) uintptr {
	n := atomic.AddInt32(&this.refs, -1)
	if n > 0 {
		return uintptr(n)
	}
	syscall.SyscallN(this.sup.vtbl.Release, uintptr(unsafe.Pointer(this.sup)))
	return 0
}

var (
	_ = newMsgStore
	_ = newNoAbortStore
	_ = newUnguardedStore
	_ = newDeferredStore
	_ = newZeroDeferredStore
	_ = newClosedStore
	_ = newFolder
)
