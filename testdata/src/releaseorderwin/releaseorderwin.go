//go:build windows

// Package releaseorderwin exercises the releaseorder pass on a Windows COM
// provider written without Go methods (store shape (c)): free functions are
// registered with syscall.NewCallback in the StoreLogoff and Release slots
// of the IMsgStore vtable (by composite literal and by assignment), the
// store is the type of their first parameter, and the support object is
// called through its own vtable with syscall.SyscallN. Reference counts use
// atomic.AddInt32(&this.refs, -1). Lint it with GOOS=windows.
package releaseorderwin

import (
	"sync/atomic"
	"syscall"
	"unsafe"
)

// ---------------------------------------------------------------------------
// msgStore: the correct twin. The vtable is a package-level composite
// literal; the final Release aborts the transports when StoreLogoff did not
// run and releases the support object last. Silent.

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

// ---------------------------------------------------------------------------
// leakStore: the vtable slots are filled by assignment in the constructor.
// Its final Release closes its folder and never calls the support object's
// Release slot. RO1 at the callback's name.

type leakStore struct {
	vtbl      *storeVtbl
	refs      int32
	sup       *supportObj
	inbox     *folderObj
	loggedOff bool
}

func newLeakStore(sup *supportObj, inbox *folderObj) *leakStore {
	vt := new(storeVtbl)
	vt.QueryInterface = syscall.NewCallback(leakStoreQueryInterface)
	vt.AddRef = syscall.NewCallback(leakStoreAddRef)
	vt.Release = syscall.NewCallback(leakStoreRelease)
	vt.StoreLogoff = syscall.NewCallback(leakStoreLogoff)
	return &leakStore{vtbl: vt, refs: 1, sup: sup, inbox: inbox}
}

func leakStoreQueryInterface(this *leakStore, riid *GUID, ppv *unsafe.Pointer) uintptr {
	return queryInterface(ppv)
}

func leakStoreAddRef(this *leakStore) uintptr {
	return uintptr(atomic.AddInt32(&this.refs, 1))
}

func leakStoreLogoff(this *leakStore, lpulFlags *uint32) uintptr {
	hr, _, _ := syscall.SyscallN(this.sup.vtbl.StoreLogoffTransports, uintptr(unsafe.Pointer(this.sup)), uintptr(unsafe.Pointer(lpulFlags)))
	if failed(hr) {
		return hr
	}
	this.loggedOff = true
	return uintptr(S_OK)
}

func leakStoreRelease(this *leakStore) uintptr { // want `Release never releases the support object this\.sup`
	n := atomic.AddInt32(&this.refs, -1)
	if n > 0 {
		return uintptr(n)
	}
	if !this.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		syscall.SyscallN(this.sup.vtbl.StoreLogoffTransports, uintptr(unsafe.Pointer(this.sup)), uintptr(unsafe.Pointer(&flags)))
	}
	syscall.SyscallN(this.inbox.vtbl.Release, uintptr(unsafe.Pointer(this.inbox)))
	return 0
}

// ---------------------------------------------------------------------------
// busyStore: the vtable is a composite literal built in the constructor.
// On the final path it returns early while its inbox is still open,
// skipping the support release. RO2 at that return.

type busyStore struct {
	vtbl      *storeVtbl
	refs      int32
	sup       *supportObj
	inbox     *folderObj
	loggedOff bool
}

func newBusyStore(sup *supportObj, inbox *folderObj) *busyStore {
	return &busyStore{
		vtbl: &storeVtbl{
			QueryInterface: syscall.NewCallback(busyStoreQueryInterface),
			AddRef:         syscall.NewCallback(busyStoreAddRef),
			Release:        syscall.NewCallback(busyStoreRelease),
			StoreLogoff:    syscall.NewCallback(busyStoreLogoff),
		},
		refs:  1,
		sup:   sup,
		inbox: inbox,
	}
}

func busyStoreQueryInterface(this *busyStore, riid *GUID, ppv *unsafe.Pointer) uintptr {
	return queryInterface(ppv)
}

func busyStoreAddRef(this *busyStore) uintptr {
	return uintptr(atomic.AddInt32(&this.refs, 1))
}

func busyStoreLogoff(this *busyStore, lpulFlags *uint32) uintptr {
	hr, _, _ := syscall.SyscallN(this.sup.vtbl.StoreLogoffTransports, uintptr(unsafe.Pointer(this.sup)), uintptr(unsafe.Pointer(lpulFlags)))
	if failed(hr) {
		return hr
	}
	this.loggedOff = true
	return uintptr(S_OK)
}

func busyStoreRelease(this *busyStore) uintptr {
	n := atomic.AddInt32(&this.refs, -1)
	if n > 0 {
		return uintptr(n)
	}
	if !this.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		syscall.SyscallN(this.sup.vtbl.StoreLogoffTransports, uintptr(unsafe.Pointer(this.sup)), uintptr(unsafe.Pointer(&flags)))
	}
	if this.inbox != nil {
		// The inbox still holds the logon; let it go first.
		return 0 // want `Release returns here without releasing the support object this\.sup`
	}
	syscall.SyscallN(this.sup.vtbl.Release, uintptr(unsafe.Pointer(this.sup)))
	return 0
}

// ---------------------------------------------------------------------------
// mirrorStore: slots assigned in init on a package-level vtable. It gates
// the abort on the count but releases the support object on every call,
// whatever the count. RO3 at the release.

type mirrorStore struct {
	vtbl      *storeVtbl
	refs      int32
	sup       *supportObj
	loggedOff bool
}

var mirrorStoreVtbl storeVtbl

func init() {
	vt := &mirrorStoreVtbl
	vt.QueryInterface = syscall.NewCallback(mirrorStoreQueryInterface)
	vt.Release = syscall.NewCallback(mirrorStoreRelease)
	vt.StoreLogoff = syscall.NewCallback(mirrorStoreLogoff)
}

func mirrorStoreQueryInterface(this *mirrorStore, riid *GUID, ppv *unsafe.Pointer) uintptr {
	return queryInterface(ppv)
}

func mirrorStoreLogoff(this *mirrorStore, lpulFlags *uint32) uintptr {
	hr, _, _ := syscall.SyscallN(this.sup.vtbl.StoreLogoffTransports, uintptr(unsafe.Pointer(this.sup)), uintptr(unsafe.Pointer(lpulFlags)))
	if failed(hr) {
		return hr
	}
	this.loggedOff = true
	return uintptr(S_OK)
}

func mirrorStoreRelease(this *mirrorStore) uintptr {
	n := atomic.AddInt32(&this.refs, -1)
	if n == 0 && !this.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		syscall.SyscallN(this.sup.vtbl.StoreLogoffTransports, uintptr(unsafe.Pointer(this.sup)), uintptr(unsafe.Pointer(&flags)))
	}
	syscall.SyscallN(this.sup.vtbl.Release, uintptr(unsafe.Pointer(this.sup))) // want `the support object this\.sup is released here although the reference count is not zero`
	return uintptr(n)
}

// ---------------------------------------------------------------------------
// drainStore: composite-literal vtable. On the final path it releases the
// support object again when the first Release reports remaining
// references. RO4 at the second release.

type drainStore struct {
	vtbl      *storeVtbl
	refs      int32
	sup       *supportObj
	loggedOff bool
}

var drainStoreVtbl = storeVtbl{
	QueryInterface: syscall.NewCallback(drainStoreQueryInterface),
	Release:        syscall.NewCallback(drainStoreRelease),
	StoreLogoff:    syscall.NewCallback(drainStoreLogoff),
}

func drainStoreQueryInterface(this *drainStore, riid *GUID, ppv *unsafe.Pointer) uintptr {
	return queryInterface(ppv)
}

func drainStoreLogoff(this *drainStore, lpulFlags *uint32) uintptr {
	hr, _, _ := syscall.SyscallN(this.sup.vtbl.StoreLogoffTransports, uintptr(unsafe.Pointer(this.sup)), uintptr(unsafe.Pointer(lpulFlags)))
	if failed(hr) {
		return hr
	}
	this.loggedOff = true
	return uintptr(S_OK)
}

func drainStoreRelease(this *drainStore) uintptr {
	if n := atomic.AddInt32(&this.refs, -1); n > 0 {
		return uintptr(n)
	}
	if !this.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		syscall.SyscallN(this.sup.vtbl.StoreLogoffTransports, uintptr(unsafe.Pointer(this.sup)), uintptr(unsafe.Pointer(&flags)))
	}
	if rc, _, _ := syscall.SyscallN(this.sup.vtbl.Release, uintptr(unsafe.Pointer(this.sup))); rc != 0 {
		syscall.SyscallN(this.sup.vtbl.Release, uintptr(unsafe.Pointer(this.sup))) // want `the support object this\.sup may be released twice on this path`
	}
	return 0
}

// ---------------------------------------------------------------------------
// lateStore: slots assigned on a fresh vtable. Its final Release calls the
// support object's Release slot first and the StoreLogoffTransports slot
// after it. RO5 at the late raw call.

type lateStore struct {
	vtbl      *storeVtbl
	refs      int32
	sup       *supportObj
	loggedOff bool
}

func newLateStore(sup *supportObj) *lateStore {
	vt := new(storeVtbl)
	vt.QueryInterface = syscall.NewCallback(lateStoreQueryInterface)
	vt.Release = syscall.NewCallback(lateStoreRelease)
	vt.StoreLogoff = syscall.NewCallback(lateStoreLogoff)
	return &lateStore{vtbl: vt, refs: 1, sup: sup}
}

func lateStoreQueryInterface(this *lateStore, riid *GUID, ppv *unsafe.Pointer) uintptr {
	return queryInterface(ppv)
}

func lateStoreLogoff(this *lateStore, lpulFlags *uint32) uintptr {
	hr, _, _ := syscall.SyscallN(this.sup.vtbl.StoreLogoffTransports, uintptr(unsafe.Pointer(this.sup)), uintptr(unsafe.Pointer(lpulFlags)))
	if failed(hr) {
		return hr
	}
	this.loggedOff = true
	return uintptr(S_OK)
}

func lateStoreRelease(this *lateStore) uintptr {
	n := atomic.AddInt32(&this.refs, -1)
	if n > 0 {
		return uintptr(n)
	}
	syscall.SyscallN(this.sup.vtbl.Release, uintptr(unsafe.Pointer(this.sup)))
	if !this.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		syscall.SyscallN(this.sup.vtbl.StoreLogoffTransports, uintptr(unsafe.Pointer(this.sup)), uintptr(unsafe.Pointer(&flags))) // want `this\.sup is used after its Release`
	}
	return 0
}

// ---------------------------------------------------------------------------
// folderObj: a look-alike. Its vtable has a Release slot filled with
// syscall.NewCallback but no StoreLogoff slot, so it is not a store, and
// its Release, which never touches the support object it holds, is
// silent.

type folderObj struct {
	vtbl *folderVtbl
	refs int32
	sup  *supportObj
}

func newFolder(sup *supportObj) *folderObj {
	vt := &folderVtbl{
		QueryInterface: syscall.NewCallback(folderQueryInterface),
		AddRef:         syscall.NewCallback(folderAddRef),
	}
	vt.Release = syscall.NewCallback(folderRelease)
	return &folderObj{vtbl: vt, refs: 1, sup: sup}
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
	this.sup = nil
	return 0
}

var (
	_ = newMsgStore
	_ = newLeakStore
	_ = newBusyStore
	_ = newLateStore
	_ = newFolder
)
