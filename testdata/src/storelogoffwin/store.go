//go:build windows

// Package storelogoffwin exercises the storelogoff pass on a Windows COM
// provider written without Go methods (store shape (c)): free functions
// are registered with syscall.NewCallback in the StoreLogoff and Release
// slots of the IMsgStore vtable, the store is the type of their first
// parameter, and the support object is called through its own vtable with
// syscall.SyscallN. Lint it with GOOS=windows.
package storelogoffwin

import (
	"syscall"
	"unsafe"
)

// Input flags of StoreLogoff and StoreLogoffTransports (MAPIDefS.h).
const (
	LOGOFF_NO_WAIT = 0x00000001
	LOGOFF_ORDERLY = 0x00000002
	LOGOFF_PURGE   = 0x00000004
	LOGOFF_ABORT   = 0x00000008
	LOGOFF_QUIET   = 0x00000010
)

// Output flags of StoreLogoffTransports.
const (
	LOGOFF_COMPLETE       = 0x00010000
	LOGOFF_INBOUND        = 0x00020000
	LOGOFF_OUTBOUND       = 0x00040000
	LOGOFF_OUTBOUND_QUEUE = 0x00080000
)

// HRESULT is a COM status code.
type HRESULT uint32

const (
	S_OK                     HRESULT = 0x00000000
	E_NOINTERFACE            HRESULT = 0x80004002
	MAPI_E_CALL_FAILED       HRESULT = 0x80004005
	MAPI_E_INVALID_PARAMETER HRESULT = 0x80070057
)

func failed(hr uintptr) bool { return int32(hr) < 0 }

// GUID is a COM interface identifier.
type GUID struct {
	Data1 uint32
	Data2 uint16
	Data3 uint16
	Data4 [8]byte
}

// supportVtbl is the IMAPISupport vtable in slot order.
type supportVtbl struct {
	QueryInterface         uintptr
	AddRef                 uintptr
	Release                uintptr
	GetLastError           uintptr
	GetMemAllocRoutines    uintptr
	Subscribe              uintptr
	Unsubscribe            uintptr
	Notify                 uintptr
	ModifyStatusRow        uintptr
	OpenProfileSection     uintptr
	RegisterPreprocessor   uintptr
	NewUID                 uintptr
	MakeInvalid            uintptr
	SpoolerYield           uintptr
	SpoolerNotify          uintptr
	CreateOneOff           uintptr
	SetProviderUID         uintptr
	CompareEntryIDs        uintptr
	OpenTemplateID         uintptr
	OpenEntry              uintptr
	GetOneOffTable         uintptr
	Address                uintptr
	Details                uintptr
	NewEntry               uintptr
	DoConfigPropsheet      uintptr
	CopyMessages           uintptr
	CopyFolder             uintptr
	DoCopyTo               uintptr
	DoCopyProps            uintptr
	DoProgressDialog       uintptr
	ReadReceipt            uintptr
	PrepareSubmit          uintptr
	ExpandRecips           uintptr
	UpdatePAB              uintptr
	DoSentMail             uintptr
	OpenAddressBook        uintptr
	Preprocess             uintptr
	CompleteMsg            uintptr
	StoreLogoffTransports  uintptr
	StatusRecips           uintptr
	WrapStoreEntryID       uintptr
	ModifyProfile          uintptr
	IStorageFromStream     uintptr
	GetSvcConfigSupportObj uintptr
}

// supportObj is the IMAPISupport pointer MAPI passed to the logon.
type supportObj struct {
	vtbl *supportVtbl
}

// storeVtbl is the IMsgStore vtable in slot order.
type storeVtbl struct {
	QueryInterface        uintptr
	AddRef                uintptr
	Release               uintptr
	GetLastError          uintptr
	SaveChanges           uintptr
	GetProps              uintptr
	GetPropList           uintptr
	OpenProperty          uintptr
	SetProps              uintptr
	DeleteProps           uintptr
	CopyTo                uintptr
	CopyProps             uintptr
	GetNamesFromIDs       uintptr
	GetIDsFromNames       uintptr
	Advise                uintptr
	Unadvise              uintptr
	CompareEntryIDs       uintptr
	OpenEntry             uintptr
	SetReceiveFolder      uintptr
	GetReceiveFolder      uintptr
	GetReceiveFolderTable uintptr
	StoreLogoff           uintptr
	AbortSubmit           uintptr
	GetOutgoingQueue      uintptr
	SetLockState          uintptr
	FinishedMsg           uintptr
	NotifyNewMail         uintptr
}

// ---------------------------------------------------------------------------
// msgStore: the eager protocol done right. The vtable is a package-level
// composite literal; storeLogoff begins with the raw StoreLogoffTransports
// call after rejecting a nil flags pointer. Silent.

type msgStore struct {
	vtbl      *storeVtbl
	refs      int32
	sup       *supportObj
	loggedOff bool
}

var msgStoreVtbl = &storeVtbl{
	QueryInterface: syscall.NewCallback(msgStoreQueryInterface),
	AddRef:         syscall.NewCallback(msgStoreAddRef),
	Release:        syscall.NewCallback(msgStoreRelease),
	StoreLogoff:    syscall.NewCallback(storeLogoff),
}

func newMsgStore(sup *supportObj) *msgStore {
	syscall.SyscallN(sup.vtbl.AddRef, uintptr(unsafe.Pointer(sup)))
	return &msgStore{vtbl: msgStoreVtbl, refs: 1, sup: sup}
}

func msgStoreQueryInterface(this *msgStore, riid *GUID, ppv *unsafe.Pointer) uintptr {
	*ppv = nil
	return uintptr(E_NOINTERFACE)
}

func msgStoreAddRef(this *msgStore) uintptr {
	this.refs++
	return uintptr(this.refs)
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

func msgStoreRelease(this *msgStore) uintptr {
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
// leakyStore: the vtable is a composite literal built in the constructor;
// its StoreLogoff only reports completion and never calls
// StoreLogoffTransports (SL1).

type leakyStore struct {
	vtbl *storeVtbl
	refs int32
	sup  *supportObj
}

func newLeakyStore(sup *supportObj) *leakyStore {
	return &leakyStore{
		vtbl: &storeVtbl{
			QueryInterface: syscall.NewCallback(leakyStoreQueryInterface),
			AddRef:         syscall.NewCallback(leakyStoreAddRef),
			Release:        syscall.NewCallback(leakyStoreRelease),
			StoreLogoff:    syscall.NewCallback(leakyStoreLogoff),
		},
		refs: 1,
		sup:  sup,
	}
}

func leakyStoreQueryInterface(this *leakyStore, riid *GUID, ppv *unsafe.Pointer) uintptr {
	*ppv = nil
	return uintptr(E_NOINTERFACE)
}

func leakyStoreAddRef(this *leakyStore) uintptr {
	this.refs++
	return uintptr(this.refs)
}

func leakyStoreLogoff(this *leakyStore, lpulFlags *uint32) uintptr { // want `StoreLogoff never calls StoreLogoffTransports and does not save its flags for Release`
	*lpulFlags = LOGOFF_COMPLETE
	return uintptr(S_OK)
}

func leakyStoreRelease(this *leakyStore) uintptr {
	this.refs--
	if this.refs > 0 {
		return uintptr(this.refs)
	}
	syscall.SyscallN(this.sup.vtbl.Release, uintptr(unsafe.Pointer(this.sup)))
	return 0
}
