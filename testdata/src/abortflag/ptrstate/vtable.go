package ptrstate

import "abortflag/ptrstate/shutdown"

// storeVtbl is the part of the IMsgStore vtable that MAPI calls; the
// callbacks stored in its slots make the type of their first parameter a
// store.
type storeVtbl struct {
	QueryInterface uintptr
	AddRef         uintptr
	Release        func(this *msgStore) uint32
	StoreLogoff    func(this *msgStore, lpulFlags *uint32) HRESULT
}

// msgStore leaves both halves to the shutdown helpers. Correct twin:
// silent.
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
	if err := shutdown.Logoff(this.support, lpulFlags, &this.loggedOff); err != nil {
		return MAPI_E_CALL_FAILED
	}
	return S_OK
}

func msgStoreRelease(this *msgStore) uint32 {
	shutdown.Abort(this.support, &this.loggedOff)
	return this.support.Release()
}

// hastyVtbl is hastyStore's vtable.
type hastyVtbl struct {
	QueryInterface uintptr
	AddRef         uintptr
	Release        func(this *hastyStore) uint32
	StoreLogoff    func(this *hastyStore, lpulFlags *uint32) HRESULT
}

// hastyStore aborts whatever the flag says. Broken twin: reported.
type hastyStore struct {
	lpVtbl    *hastyVtbl
	support   Support
	loggedOff bool
}

var hastyStoreVtbl = &hastyVtbl{
	Release:     hastyRelease,
	StoreLogoff: hastyLogoff,
}

func hastyLogoff(this *hastyStore, lpulFlags *uint32) HRESULT {
	if err := shutdown.Logoff(this.support, lpulFlags, &this.loggedOff); err != nil {
		return MAPI_E_CALL_FAILED
	}
	return S_OK
}

func hastyRelease(this *hastyStore) uint32 {
	shutdown.AbortAlways(this.support, &this.loggedOff) // want `StoreLogoffTransports here is not guarded by the state StoreLogoff sets, so it runs a second time after StoreLogoff`
	return this.support.Release()
}
