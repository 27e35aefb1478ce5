package ptrstate

import "abortflag/ptrstate/shutdown"

// provider's roles are marked with directives; the shutdown helpers do
// both halves. Correct twin: silent.
type provider struct {
	sup       Support
	loggedOff bool
}

// logoffProvider implements StoreLogoff for provider.
//
//mapilint:storelogoff
func logoffProvider(p *provider, lpulFlags *uint32) HRESULT {
	if err := shutdown.Logoff(p.sup, lpulFlags, &p.loggedOff); err != nil {
		return MAPI_E_CALL_FAILED
	}
	return S_OK
}

// releaseProvider implements Release for provider.
//
//mapilint:release
func releaseProvider(p *provider) uint32 {
	shutdown.Abort(p.sup, &p.loggedOff)
	return p.sup.Release()
}

// session aborts whatever the flag says. Broken twin: reported.
type session struct {
	sup       Support
	loggedOff bool
}

// Shutdown implements StoreLogoff for session.
//
//mapilint:storelogoff
func (c *session) Shutdown(lpulFlags *uint32) HRESULT {
	if err := shutdown.Logoff(c.sup, lpulFlags, &c.loggedOff); err != nil {
		return MAPI_E_CALL_FAILED
	}
	return S_OK
}

// Drop implements Release for session.
//
//mapilint:release
func (c *session) Drop() uint32 {
	shutdown.AbortAlways(c.sup, &c.loggedOff) // want `StoreLogoffTransports here is not guarded by the state StoreLogoff sets, so it runs a second time after StoreLogoff`
	return c.sup.Release()
}
