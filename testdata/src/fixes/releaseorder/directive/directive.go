// Package directive holds release functions the recognised shapes miss or
// that return no result: free functions marked //mapilint:release, a Close
// method without results, and a vtable callback. Each returns early on a
// final path without releasing the support object; the suggested fix
// inserts the release before that return. directive.go.golden is the fixed
// source.
package directive

import "sync/atomic"

// provider is torn down by two free functions the glue code calls; the
// release function returns nothing and leaves early when the inbox is
// still open. RO2 at that return.
type provider struct {
	support   Support
	inbox     *folder
	loggedOff bool
}

// providerLogoff is IMsgStore::StoreLogoff.
//
//mapilint:storelogoff
func providerLogoff(p *provider, lpulFlags *uint32) error {
	err := p.support.StoreLogoffTransports(lpulFlags)
	p.loggedOff = true
	return err
}

// providerRelease is the final IUnknown::Release.
//
//mapilint:release
func providerRelease(p *provider) {
	if !p.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		p.support.StoreLogoffTransports(&flags)
	}
	if p.inbox != nil {
		p.inbox.Release()
		return // want `returns here without releasing the support object p\.support`
	}
	p.support.Release()
}

// session is reference counted; its release method Close has no results
// and returns from the final path when flushing fails. RO2 at that return;
// the non-final bare return is fine.
type session struct {
	support   Support
	refs      int32
	inbox     *folder
	loggedOff bool
}

// Logoff ends the session on the client's request.
//
//mapilint:storelogoff
func (s *session) Logoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

// Close drops one reference.
//
//mapilint:release
func (s *session) Close() {
	if atomic.AddInt32(&s.refs, -1) > 0 {
		return
	}
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	if err := flush(s.inbox); err != nil {
		return // want `returns here without releasing the support object s\.support`
	}
	s.support.Release()
}

// cbVtbl holds Go funcs in its slots (on Windows a pure-Go COM server would
// pass them through syscall.NewCallback).
type cbVtbl struct {
	Release     func(this *cbStore) uintptr
	StoreLogoff func(this *cbStore, lpulFlags *uint32) uintptr
}

// HRESULT values returned by the callbacks.
const (
	S_OK   = 0x00000000
	E_FAIL = 0x80004005
)

// cbStore is a vtable-callback store (shape (c)); its Release callback
// returns early on the final path while the inbox is open. RO2 there: the
// fix names the support object after the callback's parameter, this.
type cbStore struct {
	vtbl      *cbVtbl
	refs      int32
	support   Support
	inbox     *folder
	loggedOff bool
}

var cbStoreVtbl = cbVtbl{
	Release:     cbRelease,
	StoreLogoff: cbStoreLogoff,
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
	if this.inbox != nil {
		this.inbox.Release()
		return 0 // want `Release returns here without releasing the support object this\.support`
	}
	return uintptr(this.support.Release())
}

var (
	_ = providerLogoff
	_ = providerRelease
	_ = cbStoreVtbl
)
