package pkgvarflags

// vtblAbortFlags and vtblNoWaitFlags never change.
var (
	vtblAbortFlags  ULONG = LOGOFF_ABORT
	vtblNoWaitFlags ULONG = LOGOFF_NO_WAIT
)

// storeVtbl is the part of the IMsgStore vtable that MAPI calls; the
// callbacks stored in its slots make the type of their first parameter a
// store (shape (c)).
type storeVtbl struct {
	QueryInterface uintptr
	AddRef         uintptr
	Release        func(this *msgStore) uint32
	StoreLogoff    func(this *msgStore, lpulFlags *uint32) HRESULT
}

// msgStore aborts with LOGOFF_ABORT from a ULONG variable, converting the
// pointer at the call. Correct twin: silent.
type msgStore struct {
	lpVtbl    *storeVtbl
	support   Support
	loggedOff bool
}

var msgStoreVtbl = storeVtbl{
	Release:     msgStoreRelease,
	StoreLogoff: msgStoreLogoff,
}

func msgStoreLogoff(this *msgStore, lpulFlags *uint32) HRESULT {
	if err := this.support.StoreLogoffTransports(lpulFlags); err != nil {
		return MAPI_E_CALL_FAILED
	}
	this.loggedOff = true
	return S_OK
}

func msgStoreRelease(this *msgStore) uint32 {
	if !this.loggedOff {
		flags := vtblAbortFlags
		this.support.StoreLogoffTransports((*uint32)(&flags))
	}
	return this.support.Release()
}

// hurriedVtbl is hurriedStore's vtable.
type hurriedVtbl struct {
	QueryInterface uintptr
	AddRef         uintptr
	Release        func(this *hurriedStore) uint32
	StoreLogoff    func(this *hurriedStore, lpulFlags *uint32) HRESULT
}

// hurriedStore passes LOGOFF_NO_WAIT from a ULONG variable. Broken twin:
// reported.
type hurriedStore struct {
	lpVtbl    *hurriedVtbl
	support   Support
	loggedOff bool
}

var hurriedStoreVtbl = &hurriedVtbl{
	Release:     hurriedRelease,
	StoreLogoff: hurriedLogoff,
}

func hurriedLogoff(this *hurriedStore, lpulFlags *uint32) HRESULT {
	if err := this.support.StoreLogoffTransports(lpulFlags); err != nil {
		return MAPI_E_CALL_FAILED
	}
	this.loggedOff = true
	return S_OK
}

func hurriedRelease(this *hurriedStore) uint32 {
	if !this.loggedOff {
		flags := vtblNoWaitFlags
		this.support.StoreLogoffTransports((*uint32)(&flags)) // want `Release passes 0x1 \(LOGOFF_NO_WAIT\) to StoreLogoffTransports; it must pass LOGOFF_ABORT \(0x8\)`
	}
	return this.support.Release()
}
