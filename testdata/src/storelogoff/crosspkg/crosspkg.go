// Package crosspkg exercises helpers from another package
// (storelogoff/extern), which the storelogoff pass follows through
// analysis facts.
package crosspkg

import "storelogoff/extern"

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
	MAPI_E_INVALID_PARAMETER HRESULT = 0x80070057
)

// Support is the provider's view of IMAPISupport; it is the library's
// interface, so no conversion happens when it is passed to extern.
type Support = extern.Support

// ---------------------------------------------------------------------------
// externStore: the call is made by extern.LogoffTransports on the store's
// support object. Silent.

type externStore struct {
	support   Support
	folders   []extern.Closer
	loggedOff bool
}

func (s *externStore) StoreLogoff(lpulFlags *uint32) error {
	if err := extern.LogoffTransports(s.support, lpulFlags); err != nil {
		return err
	}
	s.loggedOff = true
	extern.CloseAll(s.folders)
	return nil
}

func (s *externStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		extern.LogoffTransports(s.support, &flags)
	}
	return s.support.Release()
}

// ---------------------------------------------------------------------------
// noteStore calls only extern.NoteLogoff, which does nothing with the
// support object (SL1).

type noteStore struct {
	support Support
}

func (s *noteStore) StoreLogoff(lpulFlags *uint32) error { // want `StoreLogoff never calls StoreLogoffTransports and does not save its flags for Release`
	return extern.NoteLogoff(s.support, lpulFlags)
}

func (s *noteStore) Release() uint32 {
	return s.support.Release()
}

// ---------------------------------------------------------------------------
// traceStore: extern.Tracef only logs, so it may run first. Silent.

type traceStore struct {
	support Support
	name    string
}

func (s *traceStore) StoreLogoff(lpulFlags *uint32) error {
	extern.Tracef("%s: StoreLogoff(%#x)", s.name, *lpulFlags)
	return s.support.StoreLogoffTransports(lpulFlags)
}

func (s *traceStore) Release() uint32 {
	return s.support.Release()
}

// ---------------------------------------------------------------------------
// closeFirstStore: extern.CloseAll has effects and runs before the call
// (SL3).

type closeFirstStore struct {
	support Support
	folders []extern.Closer
}

func (s *closeFirstStore) StoreLogoff(lpulFlags *uint32) error {
	extern.CloseAll(s.folders) // want `call to extern\.CloseAll runs before s\.support\.StoreLogoffTransports; StoreLogoff must begin with that call`
	return extern.LogoffTransports(s.support, lpulFlags)
}

func (s *closeFirstStore) Release() uint32 {
	return s.support.Release()
}

// ---------------------------------------------------------------------------
// twiceStore: extern.LogoffTransports makes the call, then StoreLogoff
// makes it again directly (SL4 at the direct call).

type twiceStore struct {
	support Support
}

func (s *twiceStore) StoreLogoff(lpulFlags *uint32) error {
	extern.LogoffTransports(s.support, lpulFlags)
	return s.support.StoreLogoffTransports(lpulFlags) // want `s\.support\.StoreLogoffTransports may be called twice on this path`
}

func (s *twiceStore) Release() uint32 {
	return s.support.Release()
}

// ---------------------------------------------------------------------------
// localStore declares its own support interface and passes it to
// extern.LogoffTransports, which converts it to extern.Support. Silent.

type localSupport interface {
	StoreLogoffTransports(lpulFlags *uint32) error
	Release() uint32
}

type localStore struct {
	support   localSupport
	loggedOff bool
}

func (s *localStore) StoreLogoff(lpulFlags *uint32) error {
	err := extern.LogoffTransports(s.support, lpulFlags)
	s.loggedOff = err == nil
	return err
}

func (s *localStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}
