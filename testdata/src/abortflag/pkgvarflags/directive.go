package pkgvarflags

// directiveAbortFlags and directiveOrderlyFlags never change.
var (
	directiveAbortFlags   uint32 = LOGOFF_ABORT
	directiveOrderlyFlags uint32 = LOGOFF_ORDERLY
)

// provider's roles are marked with directives; it aborts with LOGOFF_ABORT
// from a variable. Correct twin: silent.
type provider struct {
	sup       Support
	loggedOff bool
}

// logoffProvider implements StoreLogoff for provider.
//
//mapilint:storelogoff
func logoffProvider(p *provider, lpulFlags *uint32) HRESULT {
	if err := p.sup.StoreLogoffTransports(lpulFlags); err != nil {
		return MAPI_E_CALL_FAILED
	}
	p.loggedOff = true
	return S_OK
}

// releaseProvider implements Release for provider.
//
//mapilint:release
func releaseProvider(p *provider) uint32 {
	if !p.loggedOff {
		flags := directiveAbortFlags
		p.sup.StoreLogoffTransports(&flags)
	}
	return p.sup.Release()
}

// session passes LOGOFF_ORDERLY from a variable. Broken twin: reported.
type session struct {
	sup       Support
	loggedOff bool
}

// Shutdown implements StoreLogoff for session.
//
//mapilint:storelogoff
func (c *session) Shutdown(lpulFlags *uint32) HRESULT {
	if err := c.sup.StoreLogoffTransports(lpulFlags); err != nil {
		return MAPI_E_CALL_FAILED
	}
	c.loggedOff = true
	return S_OK
}

// Drop implements Release for session.
//
//mapilint:release
func (c *session) Drop() uint32 {
	if !c.loggedOff {
		flags := directiveOrderlyFlags
		c.sup.StoreLogoffTransports(&flags) // want `Release passes 0x2 \(LOGOFF_ORDERLY\) to StoreLogoffTransports; it must pass LOGOFF_ABORT \(0x8\)`
	}
	return c.sup.Release()
}
