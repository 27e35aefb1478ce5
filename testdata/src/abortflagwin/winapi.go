//go:build windows

package abortflagwin

import "unsafe"

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

// folderVtbl is the IMAPIFolder vtable, abridged to the IUnknown slots and
// the first IMAPIProp ones. It has a Release slot but no StoreLogoff slot.
type folderVtbl struct {
	QueryInterface uintptr
	AddRef         uintptr
	Release        uintptr
	GetLastError   uintptr
	SaveChanges    uintptr
	GetProps       uintptr
}

// queryInterface is the QueryInterface of every object here: only
// IUnknown's contract, no interfaces.
func queryInterface(ppv *unsafe.Pointer) uintptr {
	*ppv = nil
	return uintptr(E_NOINTERFACE)
}
