// Package directive exercises the storelogoff pass on functions marked with
// the //mapilint:storelogoff and //mapilint:release directives (store shape
// (d)): free functions whose first parameter is the store, and methods with
// other names. HRESULT is a signed 32-bit type here, so failure codes are
// negative constants.
package directive

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

// HRESULT is a COM status code, declared signed as in the Windows headers.
type HRESULT int32

const (
	S_OK                     HRESULT = 0
	MAPI_E_CALL_FAILED       HRESULT = -0x7fffbffb // 0x80004005
	MAPI_E_NO_SUPPORT        HRESULT = -0x7ffbfefe // 0x80040102
	MAPI_E_INVALID_PARAMETER HRESULT = -0x7ff8ffa9 // 0x80070057
)

// Support is the provider's view of IMAPISupport.
type Support interface {
	StoreLogoffTransports(lpulFlags *uint32) error
	Release() uint32
}

// Table is an open contents table.
type Table interface {
	Close() error
}

// logon is the per-logon state a provider shares between its objects.
type logon struct {
	sup     Support
	profile string
}

// ---------------------------------------------------------------------------
// provider: free functions marked with the directives, the store being the
// first parameter. Rejects bad flags with a negative (int32) HRESULT, then
// begins with the call. Silent.

type provider struct {
	sup       Support
	loggedOff bool
}

// logoffProvider implements IMsgStore::StoreLogoff for provider.
//
//mapilint:storelogoff
func logoffProvider(p *provider, lpulFlags *uint32) HRESULT {
	if lpulFlags == nil {
		return MAPI_E_INVALID_PARAMETER
	}
	if *lpulFlags&^uint32(LOGOFF_NO_WAIT|LOGOFF_ORDERLY|LOGOFF_PURGE|LOGOFF_ABORT|LOGOFF_QUIET) != 0 {
		return MAPI_E_INVALID_PARAMETER
	}
	if err := p.sup.StoreLogoffTransports(lpulFlags); err != nil {
		return MAPI_E_CALL_FAILED
	}
	p.loggedOff = true
	return S_OK
}

// releaseProvider implements IUnknown::Release for provider.
//
//mapilint:release
func releaseProvider(p *provider) uint32 {
	if !p.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		p.sup.StoreLogoffTransports(&flags)
	}
	return p.sup.Release()
}

// ---------------------------------------------------------------------------
// sessionLogon: a method with another name marked as StoreLogoff; it only
// forgets the profile (SL1).

type sessionLogon struct {
	sup     Support
	profile string
}

// Shutdown is wired to the IMsgStore::StoreLogoff slot.
//
//mapilint:storelogoff
func (l *sessionLogon) Shutdown(lpulFlags *uint32) HRESULT { // want `StoreLogoff never calls StoreLogoffTransports and does not save its flags for Release`
	l.profile = ""
	return S_OK
}

// Drop is wired to the IUnknown::Release slot.
//
//mapilint:release
func (l *sessionLogon) Drop() uint32 {
	return l.sup.Release()
}

// ---------------------------------------------------------------------------
// session: the support object is reached through a nested field
// (c.logon.sup); an offline session returns S_OK without the call (SL2).

type session struct {
	logon   *logon
	offline bool
}

// endSession implements IMsgStore::StoreLogoff for session.
//
//mapilint:storelogoff
func endSession(c *session, lpulFlags *uint32) HRESULT {
	if lpulFlags == nil {
		return MAPI_E_INVALID_PARAMETER
	}
	if c.offline {
		return S_OK // want `StoreLogoff returns here without calling c\.logon\.sup\.StoreLogoffTransports`
	}
	if err := c.logon.sup.StoreLogoffTransports(lpulFlags); err != nil {
		return MAPI_E_CALL_FAILED
	}
	return S_OK
}

// dropSession implements IUnknown::Release for session.
//
//mapilint:release
func dropSession(c *session) uint32 {
	return c.logon.sup.Release()
}

// ---------------------------------------------------------------------------
// tableSession: closes its contents table before the call (SL3).

type tableSession struct {
	sup      Support
	contents Table
}

// endTableSession implements IMsgStore::StoreLogoff for tableSession.
//
//mapilint:storelogoff
func endTableSession(c *tableSession, lpulFlags *uint32) HRESULT {
	c.contents.Close() // want `call to c\.contents\.Close runs before c\.sup\.StoreLogoffTransports; StoreLogoff must begin with that call`
	if err := c.sup.StoreLogoffTransports(lpulFlags); err != nil {
		return MAPI_E_CALL_FAILED
	}
	return S_OK
}

// ---------------------------------------------------------------------------
// purgeSession: a LOGOFF_PURGE logoff calls a second time (SL4).

type purgeSession struct {
	sup Support
}

// endPurgeSession implements IMsgStore::StoreLogoff for purgeSession.
//
//mapilint:storelogoff
func endPurgeSession(c *purgeSession, lpulFlags *uint32) HRESULT {
	c.sup.StoreLogoffTransports(lpulFlags)
	if *lpulFlags&LOGOFF_PURGE != 0 {
		flags := uint32(LOGOFF_PURGE)
		c.sup.StoreLogoffTransports(&flags) // want `c\.sup\.StoreLogoffTransports may be called twice on this path`
	}
	return S_OK
}

// ---------------------------------------------------------------------------
// cachedLogon: the storelogoff function saves its flags for the release
// function, which passes them, and also calls itself (SL5).

type cachedLogon struct {
	sup         Support
	logoffFlags uint32
}

func newCachedLogon(sup Support) *cachedLogon {
	return &cachedLogon{sup: sup, logoffFlags: LOGOFF_ABORT}
}

// logoffCached implements IMsgStore::StoreLogoff for cachedLogon.
//
//mapilint:storelogoff
func logoffCached(c *cachedLogon, lpulFlags *uint32) HRESULT {
	c.logoffFlags = *lpulFlags
	c.sup.StoreLogoffTransports(lpulFlags) // want `StoreLogoff calls c\.sup\.StoreLogoffTransports but also saves its flags for Release: use the eager or the deferred protocol, not both`
	return S_OK
}

// releaseCached implements IUnknown::Release for cachedLogon.
//
//mapilint:release
func releaseCached(c *cachedLogon) uint32 {
	c.sup.StoreLogoffTransports(&c.logoffFlags)
	return c.sup.Release()
}

// deferredLogon is the twin of cachedLogon: deferred protocol only. Silent.

type deferredLogon struct {
	sup         Support
	logoffFlags uint32
}

func newDeferredLogon(sup Support) *deferredLogon {
	return &deferredLogon{sup: sup, logoffFlags: LOGOFF_ABORT}
}

// logoffDeferred implements IMsgStore::StoreLogoff for deferredLogon.
//
//mapilint:storelogoff
func logoffDeferred(c *deferredLogon, lpulFlags *uint32) HRESULT {
	if lpulFlags == nil {
		return MAPI_E_INVALID_PARAMETER
	}
	c.logoffFlags = *lpulFlags
	return S_OK
}

// releaseDeferred implements IUnknown::Release for deferredLogon.
//
//mapilint:release
func releaseDeferred(c *deferredLogon) uint32 {
	c.sup.StoreLogoffTransports(&c.logoffFlags)
	return c.sup.Release()
}
