// Package vtable exercises the storelogoff pass on wrapper structs that
// carry a COM vtable (store shape (b)): the struct MAPI sees begins with a
// vtable pointer, and the Go methods StoreLogoff and Release implement the
// slots. The support object is itself a COM wrapper with Go methods.
package vtable

import (
	"sync"
	"sync/atomic"
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
	MAPI_E_CALL_FAILED       HRESULT = 0x80004005
	MAPI_E_INVALID_PARAMETER HRESULT = 0x80070057
	MAPI_E_NO_SUPPORT        HRESULT = 0x80040102
)

type hresultError HRESULT

func (e hresultError) Error() string { return "mapi: call failed" }

func errorOf(hr HRESULT) error {
	if hr&0x80000000 != 0 {
		return hresultError(hr)
	}
	return nil
}

// GUID is a COM interface identifier.
type GUID struct {
	Data1 uint32
	Data2 uint16
	Data3 uint16
	Data4 [8]byte
}

// IMAPISupportVtbl is the part of the IMAPISupport vtable the store uses.
type IMAPISupportVtbl struct {
	QueryInterface        func(this *IMAPISupport, riid *GUID, ppv *unsafe.Pointer) HRESULT
	AddRef                func(this *IMAPISupport) uint32
	Release               func(this *IMAPISupport) uint32
	StoreLogoffTransports func(this *IMAPISupport, lpulFlags *uint32) HRESULT
}

// IMAPISupport is the support object MAPI hands to the store at logon. It
// implements StoreLogoffTransports, so it is a support object, not a store.
type IMAPISupport struct {
	lpVtbl *IMAPISupportVtbl
}

func (p *IMAPISupport) StoreLogoffTransports(lpulFlags *uint32) error {
	return errorOf(p.lpVtbl.StoreLogoffTransports(p, lpulFlags))
}

func (p *IMAPISupport) Release() uint32 {
	return p.lpVtbl.Release(p)
}

// IMsgStoreVtbl is the IMsgStore vtable in slot order.
type IMsgStoreVtbl struct {
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

// IMAPIFolder is an open folder (only the parts the store uses).
type IMAPIFolder struct {
	lpVtbl *struct{ QueryInterface, AddRef, Release uintptr }
	name   string
}

// Release drops the store's reference on the folder. A folder has Release
// but no StoreLogoff: it is not a store.
func (f *IMAPIFolder) Release() uint32 { return callSlot(f.lpVtbl.Release, f) }

// callSlot calls a COM vtable slot (set up by the platform layer).
var callSlot func(slot uintptr, this any) uint32

// ---------------------------------------------------------------------------
// msgStore: the eager protocol done right on a vtable wrapper, with a
// reference count in Release. Rejects a nil flags pointer with an HRESULT
// failure first. Silent.

type msgStore struct {
	lpVtbl    *IMsgStoreVtbl
	refs      int32
	support   *IMAPISupport
	outbox    *IMAPIFolder
	loggedOff bool
}

func newMsgStore(vtbl *IMsgStoreVtbl, sup *IMAPISupport) *msgStore {
	return &msgStore{lpVtbl: vtbl, refs: 1, support: sup}
}

func (s *msgStore) StoreLogoff(lpulFlags *uint32) HRESULT {
	if lpulFlags == nil {
		return MAPI_E_INVALID_PARAMETER
	}
	if err := s.support.StoreLogoffTransports(lpulFlags); err != nil {
		return MAPI_E_CALL_FAILED
	}
	s.loggedOff = true
	if s.outbox != nil {
		s.outbox.Release()
		s.outbox = nil
	}
	return S_OK
}

func (s *msgStore) Release() uint32 {
	n := atomic.AddInt32(&s.refs, -1)
	if n > 0 {
		return uint32(n)
	}
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	s.support.Release()
	return 0
}

// ---------------------------------------------------------------------------
// stubStore: the generated stub was never filled in; StoreLogoff returns
// S_OK and does nothing (SL1).

type stubStore struct {
	lpVtbl  *IMsgStoreVtbl
	refs    int32
	support *IMAPISupport
}

func (s *stubStore) StoreLogoff(lpulFlags *uint32) HRESULT { // want `StoreLogoff never calls StoreLogoffTransports and does not save its flags for Release`
	return S_OK
}

func (s *stubStore) Release() uint32 {
	if atomic.AddInt32(&s.refs, -1) == 0 {
		s.support.Release()
	}
	return 0
}

// ---------------------------------------------------------------------------
// busyStore: returns S_OK without the call while the spooler is still
// sending (SL2 at the S_OK return; the HRESULT failure return before it is
// exempt).

type busyStore struct {
	lpVtbl  *IMsgStoreVtbl
	support *IMAPISupport
	sending bool
}

func (s *busyStore) StoreLogoff(lpulFlags *uint32) HRESULT {
	if lpulFlags == nil {
		return MAPI_E_INVALID_PARAMETER
	}
	if s.sending {
		return S_OK // want `StoreLogoff returns here without calling s\.support\.StoreLogoffTransports`
	}
	if err := s.support.StoreLogoffTransports(lpulFlags); err != nil {
		return MAPI_E_CALL_FAILED
	}
	return S_OK
}

func (s *busyStore) Release() uint32 {
	return s.support.Release()
}

// ---------------------------------------------------------------------------
// lockedStore and lockedBusyStore: busyStore's checks under a lock released
// by a defer. go/ssa then returns each HRESULT through a result slot; the
// failure return is still a failure (exempt), the S_OK return still SL2.

type lockedStore struct {
	lpVtbl  *IMsgStoreVtbl
	mu      sync.Mutex
	support *IMAPISupport
}

func (s *lockedStore) StoreLogoff(lpulFlags *uint32) HRESULT {
	if lpulFlags == nil {
		return MAPI_E_INVALID_PARAMETER
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.support.StoreLogoffTransports(lpulFlags); err != nil {
		return MAPI_E_CALL_FAILED
	}
	return S_OK
}

func (s *lockedStore) Release() uint32 {
	return s.support.Release()
}

type lockedBusyStore struct {
	lpVtbl  *IMsgStoreVtbl
	mu      sync.Mutex
	support *IMAPISupport
	sending bool
}

func (s *lockedBusyStore) StoreLogoff(lpulFlags *uint32) HRESULT {
	s.mu.Lock()
	defer s.mu.Unlock()
	if lpulFlags == nil {
		return MAPI_E_INVALID_PARAMETER
	}
	if s.sending {
		return S_OK // want `StoreLogoff returns here without calling s\.support\.StoreLogoffTransports`
	}
	if err := s.support.StoreLogoffTransports(lpulFlags); err != nil {
		return MAPI_E_CALL_FAILED
	}
	return S_OK
}

func (s *lockedBusyStore) Release() uint32 {
	return s.support.Release()
}

// ---------------------------------------------------------------------------
// outboxFirstStore: releases the outbox folder before the call (SL3).

type outboxFirstStore struct {
	lpVtbl  *IMsgStoreVtbl
	support *IMAPISupport
	outbox  *IMAPIFolder
}

func (s *outboxFirstStore) StoreLogoff(lpulFlags *uint32) HRESULT {
	s.outbox.Release() // want `call to s\.outbox\.Release runs before s\.support\.StoreLogoffTransports; StoreLogoff must begin with that call`
	if err := s.support.StoreLogoffTransports(lpulFlags); err != nil {
		return MAPI_E_CALL_FAILED
	}
	return S_OK
}

func (s *outboxFirstStore) Release() uint32 {
	return s.support.Release()
}

// ---------------------------------------------------------------------------
// doubleStore: "make sure" the transports are gone by calling again with
// LOGOFF_PURGE (SL4).

type doubleStore struct {
	lpVtbl  *IMsgStoreVtbl
	support *IMAPISupport
}

func (s *doubleStore) StoreLogoff(lpulFlags *uint32) HRESULT {
	s.support.StoreLogoffTransports(lpulFlags)
	purge := uint32(LOGOFF_PURGE)
	s.support.StoreLogoffTransports(&purge) // want `s\.support\.StoreLogoffTransports may be called twice on this path`
	return S_OK
}

func (s *doubleStore) Release() uint32 {
	return s.support.Release()
}

// ---------------------------------------------------------------------------
// mixedStore: vtable wrapper that saves its flags for Release and calls
// StoreLogoffTransports as well (SL5).

type mixedStore struct {
	lpVtbl      *IMsgStoreVtbl
	refs        int32
	support     *IMAPISupport
	logoffFlags uint32
}

func newMixedStore(vtbl *IMsgStoreVtbl, sup *IMAPISupport) *mixedStore {
	return &mixedStore{lpVtbl: vtbl, refs: 1, support: sup, logoffFlags: LOGOFF_ABORT}
}

func (s *mixedStore) StoreLogoff(lpulFlags *uint32) HRESULT {
	s.logoffFlags = *lpulFlags
	if err := s.support.StoreLogoffTransports(lpulFlags); err != nil { // want `StoreLogoff calls s\.support\.StoreLogoffTransports but also saves its flags for Release: use the eager or the deferred protocol, not both`
		return MAPI_E_CALL_FAILED
	}
	return S_OK
}

func (s *mixedStore) Release() uint32 {
	if n := atomic.AddInt32(&s.refs, -1); n != 0 {
		return uint32(n)
	}
	s.support.StoreLogoffTransports(&s.logoffFlags)
	s.support.Release()
	return 0
}

// deferredStore is the twin of mixedStore: deferred protocol only, as in
// Microsoft's sample store. Silent.

type deferredStore struct {
	lpVtbl      *IMsgStoreVtbl
	refs        int32
	support     *IMAPISupport
	logoffFlags uint32
}

func newDeferredStore(vtbl *IMsgStoreVtbl, sup *IMAPISupport) *deferredStore {
	return &deferredStore{lpVtbl: vtbl, refs: 1, support: sup, logoffFlags: LOGOFF_ABORT}
}

func (s *deferredStore) StoreLogoff(lpulFlags *uint32) HRESULT {
	if lpulFlags == nil {
		return MAPI_E_INVALID_PARAMETER
	}
	s.logoffFlags = *lpulFlags
	return S_OK
}

func (s *deferredStore) Release() uint32 {
	if n := atomic.AddInt32(&s.refs, -1); n != 0 {
		return uint32(n)
	}
	s.support.StoreLogoffTransports(&s.logoffFlags)
	s.support.Release()
	return 0
}
