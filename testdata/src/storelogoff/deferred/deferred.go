// Package deferred exercises the deferred protocol (the "Notes to
// implementers" of IMsgStore::StoreLogoff): StoreLogoff saves its flags in
// a store field, and Release passes that field to StoreLogoffTransports
// once, when the count reaches zero. StoreLogoff must then not call
// StoreLogoffTransports itself.
package deferred

import (
	"errors"
	"sync/atomic"
)

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

var errInvalid = errors.New("deferred: invalid argument")

// Support is the provider's view of IMAPISupport.
type Support interface {
	StoreLogoffTransports(lpulFlags *uint32) error
	Release() uint32
}

// Folder is an open folder handed out by a store.
type Folder interface {
	Close() error
}

// ---------------------------------------------------------------------------
// sampleStore follows Microsoft's sample store: savedFlags starts as
// LOGOFF_ABORT, StoreLogoff overwrites it (and may close folders: under the
// deferred protocol nothing has to come first), and the final Release
// passes it. Silent.

type sampleStore struct {
	support    Support
	refs       int32
	folders    []Folder
	savedFlags uint32
}

func newSampleStore(sup Support) *sampleStore {
	return &sampleStore{support: sup, refs: 1, savedFlags: LOGOFF_ABORT}
}

func (s *sampleStore) StoreLogoff(lpulFlags *uint32) error {
	if lpulFlags == nil {
		return errInvalid
	}
	s.savedFlags = *lpulFlags
	for _, f := range s.folders {
		f.Close()
	}
	return nil
}

func (s *sampleStore) Release() uint32 {
	if n := atomic.AddInt32(&s.refs, -1); n != 0 {
		return uint32(n)
	}
	s.support.StoreLogoffTransports(&s.savedFlags)
	s.support.Release()
	return 0
}

// ---------------------------------------------------------------------------
// copyStore: Release copies the saved flags into a local before passing
// them. Silent.

type copyStore struct {
	support     Support
	refs        atomic.Int32
	logoffFlags uint32
}

func newCopyStore(sup Support) *copyStore {
	s := &copyStore{support: sup, logoffFlags: LOGOFF_ABORT}
	s.refs.Store(1)
	return s
}

func (s *copyStore) StoreLogoff(lpulFlags *uint32) error {
	s.logoffFlags = *lpulFlags
	return nil
}

func (s *copyStore) Release() uint32 {
	if s.refs.Add(-1) > 0 {
		return 1
	}
	flags := s.logoffFlags
	s.support.StoreLogoffTransports(&flags)
	return s.support.Release()
}

// ---------------------------------------------------------------------------
// mixedStore saves its flags for Release and calls StoreLogoffTransports
// too, so the transports are logged off twice (SL5).

type mixedStore struct {
	support    Support
	refs       int32
	savedFlags uint32
}

func newMixedStore(sup Support) *mixedStore {
	return &mixedStore{support: sup, refs: 1, savedFlags: LOGOFF_ABORT}
}

func (s *mixedStore) StoreLogoff(lpulFlags *uint32) error {
	s.savedFlags = *lpulFlags
	return s.support.StoreLogoffTransports(lpulFlags) // want `StoreLogoff calls s\.support\.StoreLogoffTransports but also saves its flags for Release: use the eager or the deferred protocol, not both`
}

func (s *mixedStore) Release() uint32 {
	if n := atomic.AddInt32(&s.refs, -1); n != 0 {
		return uint32(n)
	}
	s.support.StoreLogoffTransports(&s.savedFlags)
	s.support.Release()
	return 0
}

// mixedFieldStore is the same mix, but StoreLogoff's own call passes the
// saved field rather than the parameter (SL5).

type mixedFieldStore struct {
	support     Support
	logoffFlags uint32
}

func newMixedFieldStore(sup Support) *mixedFieldStore {
	return &mixedFieldStore{support: sup, logoffFlags: LOGOFF_ABORT}
}

func (s *mixedFieldStore) StoreLogoff(lpulFlags *uint32) error {
	s.logoffFlags = *lpulFlags
	err := s.support.StoreLogoffTransports(&s.logoffFlags) // want `StoreLogoff calls s\.support\.StoreLogoffTransports but also saves its flags for Release: use the eager or the deferred protocol, not both`
	*lpulFlags = s.logoffFlags
	return err
}

func (s *mixedFieldStore) Release() uint32 {
	s.support.StoreLogoffTransports(&s.logoffFlags)
	return s.support.Release()
}

// ---------------------------------------------------------------------------
// unusedSaveStore saves the flags into a field, but Release never passes
// that field (it logs off with LOGOFF_ABORT instead). The flags are not
// saved *for Release*, so this is not the deferred protocol, and StoreLogoff
// never calls StoreLogoffTransports (SL1).

type unusedSaveStore struct {
	support    Support
	lastFlags  uint32
	transports bool
}

func (s *unusedSaveStore) StoreLogoff(lpulFlags *uint32) error { // want `StoreLogoff never calls StoreLogoffTransports and does not save its flags for Release`
	s.lastFlags = *lpulFlags
	return nil
}

func (s *unusedSaveStore) Release() uint32 {
	if !s.transports {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
		s.transports = true
	}
	return s.support.Release()
}
