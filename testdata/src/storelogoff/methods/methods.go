// Package methods exercises the storelogoff pass on stores written as
// methods on a named Go type (store shape (a)): the type's method set has
// both StoreLogoff and Release.
package methods

import "errors"

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
	MAPI_E_CALL_FAILED       HRESULT = 0x80004005
	MAPI_E_INVALID_PARAMETER HRESULT = 0x80070057
)

var errInvalidFlags = errors.New("methods: invalid logoff flags")

// Support is the provider's view of IMAPISupport.
type Support interface {
	StoreLogoffTransports(lpulFlags *uint32) error
	Release() uint32
}

// Folder is an open folder handed out by a store.
type Folder interface {
	Close() error
	Release() uint32
}

// ---------------------------------------------------------------------------
// goodStore: the eager protocol done right. StoreLogoff rejects bad
// arguments, then begins with StoreLogoffTransports and only afterwards
// closes its folders. Silent.

type goodStore struct {
	support   Support
	inbox     Folder
	loggedOff bool
}

func (s *goodStore) StoreLogoff(lpulFlags *uint32) error {
	if lpulFlags == nil {
		return errInvalidFlags
	}
	if err := s.support.StoreLogoffTransports(lpulFlags); err != nil {
		return err
	}
	s.loggedOff = true
	return s.inbox.Close()
}

func (s *goodStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	s.inbox.Release()
	return s.support.Release()
}

// ---------------------------------------------------------------------------
// noopStore: StoreLogoff is a no-op that only reports completion. It never
// calls StoreLogoffTransports and does not save the flags either (SL1).

type noopStore struct {
	support Support
}

func (s *noopStore) StoreLogoff(lpulFlags *uint32) error { // want `StoreLogoff never calls StoreLogoffTransports and does not save its flags for Release`
	*lpulFlags = LOGOFF_COMPLETE
	return nil
}

func (s *noopStore) Release() uint32 {
	return s.support.Release()
}

// ---------------------------------------------------------------------------
// quietSkipStore: a LOGOFF_QUIET logoff returns success before the call
// (SL2 at the early return).

type quietSkipStore struct {
	support Support
}

func (s *quietSkipStore) StoreLogoff(lpulFlags *uint32) error {
	if *lpulFlags&LOGOFF_QUIET != 0 {
		return nil // want `StoreLogoff returns here without calling s\.support\.StoreLogoffTransports`
	}
	return s.support.StoreLogoffTransports(lpulFlags)
}

func (s *quietSkipStore) Release() uint32 {
	return s.support.Release()
}

// quietAfterStore is the twin of quietSkipStore: the same early return,
// but after StoreLogoffTransports. Silent.

type quietAfterStore struct {
	support Support
	inbox   Folder
}

func (s *quietAfterStore) StoreLogoff(lpulFlags *uint32) error {
	if err := s.support.StoreLogoffTransports(lpulFlags); err != nil {
		return err
	}
	if *lpulFlags&LOGOFF_QUIET != 0 {
		return nil
	}
	return s.inbox.Close()
}

func (s *quietAfterStore) Release() uint32 {
	return s.support.Release()
}

// ---------------------------------------------------------------------------
// closeFirstStore: closes the inbox (a method on an interface field)
// before StoreLogoffTransports (SL3 at the Close call).

type closeFirstStore struct {
	support Support
	inbox   Folder
}

func (s *closeFirstStore) StoreLogoff(lpulFlags *uint32) error {
	s.inbox.Close() // want `call to s\.inbox\.Close runs before s\.support\.StoreLogoffTransports; StoreLogoff must begin with that call`
	return s.support.StoreLogoffTransports(lpulFlags)
}

func (s *closeFirstStore) Release() uint32 {
	return s.support.Release()
}

// ---------------------------------------------------------------------------
// closeFoldersStore: a same-package method with effects (it closes every
// folder) runs before StoreLogoffTransports (SL3 at the helper call).

type closeFoldersStore struct {
	support Support
	folders []Folder
}

func (s *closeFoldersStore) closeFolders() {
	for _, f := range s.folders {
		f.Close()
	}
	s.folders = nil
}

func (s *closeFoldersStore) StoreLogoff(lpulFlags *uint32) error {
	s.closeFolders() // want `call to s\.closeFolders runs before s\.support\.StoreLogoffTransports; StoreLogoff must begin with that call`
	return s.support.StoreLogoffTransports(lpulFlags)
}

func (s *closeFoldersStore) Release() uint32 {
	return s.support.Release()
}

// closeFoldersAfterStore is the twin: the same helper, after the call.
// Silent.

type closeFoldersAfterStore struct {
	support Support
	folders []Folder
}

func (s *closeFoldersAfterStore) closeFolders() {
	for _, f := range s.folders {
		f.Close()
	}
	s.folders = nil
}

func (s *closeFoldersAfterStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.closeFolders()
	return err
}

func (s *closeFoldersAfterStore) Release() uint32 {
	return s.support.Release()
}

// ---------------------------------------------------------------------------
// retryStore: when the transports are not done yet, StoreLogoff asks a
// second time on the same path (SL4 at the second call).

type retryStore struct {
	support Support
}

func (s *retryStore) StoreLogoff(lpulFlags *uint32) error {
	if err := s.support.StoreLogoffTransports(lpulFlags); err != nil {
		return err
	}
	if *lpulFlags&LOGOFF_COMPLETE == 0 {
		// Transports still busy: ask again without waiting.
		flags := uint32(LOGOFF_NO_WAIT)
		return s.support.StoreLogoffTransports(&flags) // want `s\.support\.StoreLogoffTransports may be called twice on this path`
	}
	return nil
}

func (s *retryStore) Release() uint32 {
	return s.support.Release()
}

// branchStore is the twin of retryStore: two call sites, but exactly one
// on each path. Silent.

type branchStore struct {
	support     Support
	spoolerBusy bool
	loggedOff   bool
}

func (s *branchStore) StoreLogoff(lpulFlags *uint32) error {
	var err error
	if s.spoolerBusy {
		flags := uint32(LOGOFF_NO_WAIT)
		err = s.support.StoreLogoffTransports(&flags)
		*lpulFlags = flags
	} else {
		err = s.support.StoreLogoffTransports(lpulFlags)
	}
	if err != nil {
		return err
	}
	s.loggedOff = true
	return nil
}

func (s *branchStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

// ---------------------------------------------------------------------------
// mixedStore: StoreLogoff both saves its flags for Release (deferred
// protocol) and calls StoreLogoffTransports itself (eager protocol): SL5 at
// StoreLogoff's call.

type mixedStore struct {
	support     Support
	logoffFlags uint32
}

func newMixedStore(sup Support) *mixedStore {
	return &mixedStore{support: sup, logoffFlags: LOGOFF_ABORT}
}

func (s *mixedStore) StoreLogoff(lpulFlags *uint32) error {
	s.logoffFlags = *lpulFlags
	return s.support.StoreLogoffTransports(lpulFlags) // want `StoreLogoff calls s\.support\.StoreLogoffTransports but also saves its flags for Release: use the eager or the deferred protocol, not both`
}

func (s *mixedStore) Release() uint32 {
	s.support.StoreLogoffTransports(&s.logoffFlags)
	return s.support.Release()
}

// deferredStore is the twin of mixedStore: the deferred protocol only.
// StoreLogoff saves the flags; Release passes them. Silent.

type deferredStore struct {
	support     Support
	logoffFlags uint32
}

func newDeferredStore(sup Support) *deferredStore {
	return &deferredStore{support: sup, logoffFlags: LOGOFF_ABORT}
}

func (s *deferredStore) StoreLogoff(lpulFlags *uint32) error {
	s.logoffFlags = *lpulFlags
	return nil
}

func (s *deferredStore) Release() uint32 {
	s.support.StoreLogoffTransports(&s.logoffFlags)
	return s.support.Release()
}

// ---------------------------------------------------------------------------
// globalStore keeps its support object in a package variable; the message
// names the variable. A busy spooler makes StoreLogoff return success
// without the call (SL2).

var theSupport Support

type globalStore struct {
	spoolerBusy bool
}

func (s *globalStore) StoreLogoff(lpulFlags *uint32) error {
	if s.spoolerBusy {
		return nil // want `StoreLogoff returns here without calling theSupport\.StoreLogoffTransports`
	}
	return theSupport.StoreLogoffTransports(lpulFlags)
}

func (s *globalStore) Release() uint32 {
	return theSupport.Release()
}
