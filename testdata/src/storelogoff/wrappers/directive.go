package wrappers

// tee is a wrapper whose roles are marked with directives. Silent.
type tee struct {
	inner Store
	count int
}

// teeLogoff implements StoreLogoff for tee by forwarding.
//
//mapilint:storelogoff
func teeLogoff(t *tee, lpulFlags *uint32) HRESULT {
	t.count++
	if err := t.inner.StoreLogoff(lpulFlags); err != nil {
		return MAPI_E_CALL_FAILED
	}
	return S_OK
}

// teeRelease implements Release for tee by forwarding.
//
//mapilint:release
func teeRelease(t *tee) uint32 { return t.inner.Release() }

// supportedTee embeds the logon, and so holds the support object: a
// store. Broken twin: reported.
type supportedTee struct {
	logon
	inner Store
}

// Shutdown implements StoreLogoff for supportedTee.
//
//mapilint:storelogoff
func (t *supportedTee) Shutdown(lpulFlags *uint32) HRESULT { // want `StoreLogoff never calls StoreLogoffTransports and does not save its flags for Release`
	t.inner.StoreLogoff(lpulFlags)
	return S_OK
}

// Drop implements Release for supportedTee.
//
//mapilint:release
func (t *supportedTee) Drop() uint32 {
	t.inner.Release()
	return t.sup.Release()
}

// StoreLogoff is a package function, not a method: calling it is not a
// call of another object's StoreLogoff.
func StoreLogoff(s Store, lpulFlags *uint32) {
	println("logoff requested", *lpulFlags)
}

// mirror passes its inner store to that function: it does not forward
// StoreLogoff, so it is a store. Look-alike: reported.
type mirror struct {
	inner Store
}

// mirrorLogoff implements StoreLogoff for mirror.
//
//mapilint:storelogoff
func mirrorLogoff(m *mirror, lpulFlags *uint32) HRESULT { // want `StoreLogoff never calls StoreLogoffTransports and does not save its flags for Release`
	StoreLogoff(m.inner, lpulFlags)
	return S_OK
}

// mirrorRelease implements Release for mirror.
//
//mapilint:release
func mirrorRelease(m *mirror) uint32 { return m.inner.Release() }
