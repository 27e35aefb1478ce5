// Package vtable exercises releaseorder on COM-shaped stores: (b) methods
// on a wrapper struct that carries a vtable pointer, and (c) free functions
// stored into the Release / StoreLogoff slots of a vtable struct, where the
// store is the type of the callback's first parameter.
package vtable

import "sync/atomic"

// HRESULT values returned by the callbacks.
const (
	S_OK   = 0x00000000
	E_FAIL = 0x80004005
)

// IMsgStoreVtbl is the (abridged) IMsgStore vtable as raw slots.
type IMsgStoreVtbl struct {
	QueryInterface uintptr
	AddRef         uintptr
	Release        uintptr
	GetLastError   uintptr
	StoreLogoff    uintptr
}

// msgStore is shape (b): the vtable pointer comes first, Go state after,
// and the behaviour lives in methods. Correct: silent.
type msgStore struct {
	lpVtbl    *IMsgStoreVtbl
	refs      int32
	support   Support
	loggedOff bool
}

func (s *msgStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
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
	s.lpVtbl = nil
	return s.support.Release()
}

// wrapStore is shape (b) and forwards its last Release to nothing but its
// own vtable cleanup. RO1 at the function name.
type wrapStore struct {
	lpVtbl    *IMsgStoreVtbl
	refs      int32
	support   Support
	loggedOff bool
}

func (s *wrapStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *wrapStore) Release() uint32 { // want `Release never releases the support object s\.support`
	n := atomic.AddInt32(&s.refs, -1)
	if n > 0 {
		return uint32(n)
	}
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	s.lpVtbl = nil
	return 0
}

// cbVtbl, leakVtbl and eagerVtbl hold Go funcs in their slots (on Windows a
// pure-Go COM server would pass them through syscall.NewCallback).
type cbVtbl struct {
	AddRef      func(this *cbStore) uintptr
	Release     func(this *cbStore) uintptr
	StoreLogoff func(this *cbStore, lpulFlags *uint32) uintptr
}

type leakVtbl struct {
	Release     func(this *leakStore) uintptr
	StoreLogoff func(this *leakStore, lpulFlags *uint32) uintptr
}

type eagerVtbl struct {
	Release     func(this *eagerStore) uintptr
	StoreLogoff func(this *eagerStore, lpulFlags *uint32) uintptr
}

// cbStore is shape (c), wired by a composite literal. Correct: silent.
type cbStore struct {
	vtbl      *cbVtbl
	refs      int32
	support   Support
	loggedOff bool
}

var cbStoreVtbl = cbVtbl{
	AddRef:      cbAddRef,
	Release:     cbRelease,
	StoreLogoff: cbStoreLogoff,
}

func newCBStore(sup Support) *cbStore {
	return &cbStore{vtbl: &cbStoreVtbl, refs: 1, support: sup}
}

func cbAddRef(this *cbStore) uintptr {
	return uintptr(atomic.AddInt32(&this.refs, 1))
}

func cbStoreLogoff(this *cbStore, lpulFlags *uint32) uintptr {
	err := this.support.StoreLogoffTransports(lpulFlags)
	this.loggedOff = true
	if err != nil {
		return E_FAIL
	}
	return S_OK
}

func cbRelease(this *cbStore) uintptr {
	n := atomic.AddInt32(&this.refs, -1)
	if n > 0 {
		return uintptr(n)
	}
	if !this.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		this.support.StoreLogoffTransports(&flags)
	}
	return uintptr(this.support.Release())
}

// leakStore is shape (c), wired by a composite literal; its Release callback
// never releases the support object. RO1 at the callback's name.
type leakStore struct {
	vtbl      *leakVtbl
	support   Support
	inbox     *folder
	loggedOff bool
}

var leakStoreVtbl = leakVtbl{
	Release:     leakRelease,
	StoreLogoff: leakStoreLogoff,
}

func leakStoreLogoff(this *leakStore, lpulFlags *uint32) uintptr {
	err := this.support.StoreLogoffTransports(lpulFlags)
	this.loggedOff = true
	if err != nil {
		return E_FAIL
	}
	return S_OK
}

func leakRelease(this *leakStore) uintptr { // want `never releases the support object this\.support`
	if !this.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		this.support.StoreLogoffTransports(&flags)
	}
	return uintptr(this.inbox.Release())
}

// eagerStore is shape (c), wired by assignment in init; it releases the
// support object before looking at the count. RO3 at the release.
type eagerStore struct {
	vtbl      *eagerVtbl
	refs      int32
	support   Support
	loggedOff bool
}

var eagerStoreVtbl eagerVtbl

func init() {
	eagerStoreVtbl.StoreLogoff = eagerStoreLogoff
	eagerStoreVtbl.Release = eagerRelease
}

func eagerStoreLogoff(this *eagerStore, lpulFlags *uint32) uintptr {
	err := this.support.StoreLogoffTransports(lpulFlags)
	this.loggedOff = true
	if err != nil {
		return E_FAIL
	}
	return S_OK
}

func eagerRelease(this *eagerStore) uintptr {
	n := atomic.AddInt32(&this.refs, -1)
	if n == 0 && !this.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		this.support.StoreLogoffTransports(&flags)
	}
	this.support.Release() // want `the support object this\.support is released here although the reference count is not zero`
	return uintptr(n)
}

// helperFunc is a free function with a store-like first parameter that is
// never stored into a vtable slot and carries no directive: not a store.
// Silent.
func helperFunc(this *leakStore) uintptr {
	return uintptr(this.inbox.Release())
}

var (
	_ = newCBStore
	_ = helperFunc
)
