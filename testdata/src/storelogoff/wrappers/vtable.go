package wrappers

import "sync/atomic"

// IMsgStoreVtbl is the part of another provider's IMsgStore vtable that a
// wrapper calls (slots as Go functions, as a binding may declare them).
type IMsgStoreVtbl struct {
	QueryInterface uintptr
	AddRef         uintptr
	Release        func(this *IMsgStore) uint32
	StoreLogoff    func(this *IMsgStore, lpulFlags *uint32) HRESULT
}

// IMsgStore is another provider's store as a COM pointer.
type IMsgStore struct {
	lpVtbl *IMsgStoreVtbl
}

// StoreLogoff and Release make IMsgStore a client-side binding: Go methods
// that call the object's own vtable, implemented by the other provider. A
// binding holds no support object and forwards: not a store. Silent.
func (p *IMsgStore) StoreLogoff(lpulFlags *uint32) HRESULT {
	return p.lpVtbl.StoreLogoff(p, lpulFlags)
}

func (p *IMsgStore) Release() uint32 { return p.lpVtbl.Release(p) }

// IMAPISupportVtbl is the part of the IMAPISupport vtable the stores use.
type IMAPISupportVtbl struct {
	QueryInterface        uintptr
	AddRef                uintptr
	Release               func(this *IMAPISupport) uint32
	StoreLogoffTransports func(this *IMAPISupport, lpulFlags *uint32) HRESULT
}

// IMAPISupport is a support object as a COM pointer: its vtable has a
// StoreLogoffTransports slot.
type IMAPISupport struct {
	lpVtbl *IMAPISupportVtbl
}

// proxyVtbl is the vtable MAPI sees for the wrappers below; the callbacks
// stored in its StoreLogoff and Release slots make the type of their first
// parameter a store (shape (c)).
type proxyVtbl struct {
	QueryInterface uintptr
	AddRef         uintptr
	Release        func(this *proxyObj) uint32
	StoreLogoff    func(this *proxyObj, lpulFlags *uint32) HRESULT
}

// proxyObj is a wrapper in front of another provider's store: its
// StoreLogoff callback calls the inner store's vtable slot. Silent.
type proxyObj struct {
	lpVtbl *proxyVtbl
	inner  *IMsgStore
	refs   int32
}

var proxyVtable = proxyVtbl{
	Release:     proxyRelease,
	StoreLogoff: proxyStoreLogoff,
}

func proxyStoreLogoff(this *proxyObj, lpulFlags *uint32) HRESULT {
	if lpulFlags == nil {
		return MAPI_E_INVALID_PARAMETER
	}
	return this.inner.lpVtbl.StoreLogoff(this.inner, lpulFlags)
}

func proxyRelease(this *proxyObj) uint32 {
	if n := atomic.AddInt32(&this.refs, -1); n != 0 {
		return uint32(n)
	}
	return this.inner.lpVtbl.Release(this.inner)
}

// bindingProxyVtbl is the vtable of bindingProxy.
type bindingProxyVtbl struct {
	QueryInterface uintptr
	AddRef         uintptr
	Release        func(this *bindingProxy) uint32
	StoreLogoff    func(this *bindingProxy, lpulFlags *uint32) HRESULT
}

// bindingProxy forwards through the Go binding's StoreLogoff method.
// Silent.
type bindingProxy struct {
	lpVtbl *bindingProxyVtbl
	inner  *IMsgStore
}

var bindingProxyVtable = &bindingProxyVtbl{
	Release:     bindingProxyRelease,
	StoreLogoff: bindingProxyStoreLogoff,
}

func bindingProxyStoreLogoff(this *bindingProxy, lpulFlags *uint32) HRESULT {
	return this.inner.StoreLogoff(lpulFlags)
}

func bindingProxyRelease(this *bindingProxy) uint32 { return this.inner.Release() }

// supportedProxyVtbl is the vtable of supportedProxy.
type supportedProxyVtbl struct {
	QueryInterface uintptr
	AddRef         uintptr
	Release        func(this *supportedProxy) uint32
	StoreLogoff    func(this *supportedProxy, lpulFlags *uint32) HRESULT
}

// supportedProxy forwards like proxyObj but holds the support object as a
// COM pointer: a store. Broken twin: reported.
type supportedProxy struct {
	lpVtbl *supportedProxyVtbl
	inner  *IMsgStore
	sup    *IMAPISupport
}

var supportedProxyVtable = supportedProxyVtbl{
	Release:     supportedProxyRelease,
	StoreLogoff: supportedProxyStoreLogoff,
}

func supportedProxyStoreLogoff(this *supportedProxy, lpulFlags *uint32) HRESULT { // want `StoreLogoff never calls StoreLogoffTransports and does not save its flags for Release`
	return this.inner.lpVtbl.StoreLogoff(this.inner, lpulFlags)
}

func supportedProxyRelease(this *supportedProxy) uint32 {
	this.inner.lpVtbl.Release(this.inner)
	return this.sup.lpVtbl.Release(this.sup)
}

// releasingProxyVtbl is the vtable of releasingProxy.
type releasingProxyVtbl struct {
	QueryInterface uintptr
	AddRef         uintptr
	Release        func(this *releasingProxy) uint32
	StoreLogoff    func(this *releasingProxy, lpulFlags *uint32) HRESULT
}

// releasingProxy's StoreLogoff callback calls the inner store's Release
// slot, not its StoreLogoff: it does not forward StoreLogoff, so it is a
// store. Look-alike: reported.
type releasingProxy struct {
	lpVtbl *releasingProxyVtbl
	inner  *IMsgStore
}

var releasingProxyVtable = releasingProxyVtbl{
	Release:     releasingProxyRelease,
	StoreLogoff: releasingProxyStoreLogoff,
}

func releasingProxyStoreLogoff(this *releasingProxy, lpulFlags *uint32) HRESULT { // want `StoreLogoff never calls StoreLogoffTransports and does not save its flags for Release`
	this.inner.lpVtbl.Release(this.inner)
	this.inner = nil
	return S_OK
}

func releasingProxyRelease(this *releasingProxy) uint32 { return 0 }
