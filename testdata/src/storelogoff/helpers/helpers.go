// Package helpers exercises how the storelogoff pass follows same-package
// helpers, closures and deferred calls from StoreLogoff.
package helpers

import (
	"log"
	"sync"
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

// Support is the provider's view of IMAPISupport.
type Support interface {
	StoreLogoffTransports(lpulFlags *uint32) error
	Release() uint32
}

// Folder is an open folder handed out by a store.
type Folder interface {
	Close() error
}

// debugf is a harmless free helper: it only logs.
func debugf(format string, args ...any) {
	log.Printf("mapi store: "+format, args...)
}

// closeAll is a free helper with effects.
func closeAll(folders []Folder) {
	for _, f := range folders {
		f.Close()
	}
}

// ---------------------------------------------------------------------------
// helperStore: the call is made by a same-package method, reached through
// a second helper. Silent.

type helperStore struct {
	support   Support
	folders   []Folder
	loggedOff bool
}

func (s *helperStore) logoffTransports(f *uint32) {
	s.support.StoreLogoffTransports(f)
}

func (s *helperStore) shutdown(f *uint32) {
	s.logoffTransports(f)
	s.loggedOff = true
}

func (s *helperStore) StoreLogoff(lpulFlags *uint32) error {
	s.shutdown(lpulFlags)
	closeAll(s.folders)
	return nil
}

func (s *helperStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.logoffTransports(&flags)
	}
	return s.support.Release()
}

// ---------------------------------------------------------------------------
// closureStore: the call is made by a closure that StoreLogoff calls.
// Silent.

type closureStore struct {
	support Support
	inbox   Folder
}

func (s *closureStore) StoreLogoff(lpulFlags *uint32) error {
	logoff := func() error {
		return s.support.StoreLogoffTransports(lpulFlags)
	}
	if err := logoff(); err != nil {
		return err
	}
	return s.inbox.Close()
}

func (s *closureStore) Release() uint32 {
	return s.support.Release()
}

// ---------------------------------------------------------------------------
// traceStore: a harmless method helper (logging only), a harmless free
// helper, and a deferred closure that unlocks a mutex, all before the call.
// Silent.

type traceStore struct {
	mu      sync.Mutex
	support Support
	name    string
}

func (s *traceStore) trace(op string) {
	log.Printf("%s: %s", s.name, op)
}

func (s *traceStore) StoreLogoff(lpulFlags *uint32) error {
	s.mu.Lock()
	defer func() {
		s.mu.Unlock()
	}()
	s.trace("StoreLogoff")
	debugf("flags %#x", *lpulFlags)
	return s.support.StoreLogoffTransports(lpulFlags)
}

func (s *traceStore) Release() uint32 {
	return s.support.Release()
}

// ---------------------------------------------------------------------------
// closeAllStore: a free helper with effects runs before the call (SL3;
// the callee is named as written, without a receiver).

type closeAllStore struct {
	support Support
	folders []Folder
}

func (s *closeAllStore) StoreLogoff(lpulFlags *uint32) error {
	closeAll(s.folders) // want `call to closeAll runs before s\.support\.StoreLogoffTransports; StoreLogoff must begin with that call`
	return s.support.StoreLogoffTransports(lpulFlags)
}

func (s *closeAllStore) Release() uint32 {
	return s.support.Release()
}

// ---------------------------------------------------------------------------
// cleanupClosureStore: a local closure with effects runs before the call
// (SL3 at the closure call).

type cleanupClosureStore struct {
	support Support
	inbox   Folder
}

func (s *cleanupClosureStore) StoreLogoff(lpulFlags *uint32) error {
	cleanup := func() {
		s.inbox.Close()
	}
	cleanup() // want `call to cleanup runs before s\.support\.StoreLogoffTransports; StoreLogoff must begin with that call`
	return s.support.StoreLogoffTransports(lpulFlags)
}

func (s *cleanupClosureStore) Release() uint32 {
	return s.support.Release()
}

// ---------------------------------------------------------------------------
// helperTwiceStore: the helper makes the call, then StoreLogoff makes it
// again itself (SL4 at the direct call).

type helperTwiceStore struct {
	support Support
}

func (s *helperTwiceStore) logoffTransports(f *uint32) error {
	return s.support.StoreLogoffTransports(f)
}

func (s *helperTwiceStore) StoreLogoff(lpulFlags *uint32) error {
	if err := s.logoffTransports(lpulFlags); err != nil {
		return err
	}
	return s.support.StoreLogoffTransports(lpulFlags) // want `s\.support\.StoreLogoffTransports may be called twice on this path`
}

func (s *helperTwiceStore) Release() uint32 {
	return s.support.Release()
}

// ---------------------------------------------------------------------------
// maybeHelperStore: the helper makes the call only when the store is
// online, so StoreLogoff's success return is reachable without it (SL2).

type maybeHelperStore struct {
	support Support
	online  bool
}

func (s *maybeHelperStore) logoffIfOnline(f *uint32) {
	if s.online {
		s.support.StoreLogoffTransports(f)
	}
}

func (s *maybeHelperStore) StoreLogoff(lpulFlags *uint32) error {
	s.logoffIfOnline(lpulFlags)
	return nil // want `StoreLogoff returns here without calling s\.support\.StoreLogoffTransports`
}

func (s *maybeHelperStore) Release() uint32 {
	return s.support.Release()
}

// ---------------------------------------------------------------------------
// deferredCallStore: StoreLogoffTransports is deferred, so it runs at the
// return, after closeFolders (SL3 at the closeFolders call).

type deferredCallStore struct {
	support Support
	folders []Folder
}

func (s *deferredCallStore) closeFolders() {
	closeAll(s.folders)
	s.folders = nil
}

func (s *deferredCallStore) StoreLogoff(lpulFlags *uint32) error {
	defer s.support.StoreLogoffTransports(lpulFlags)
	s.closeFolders() // want `call to s\.closeFolders runs before s\.support\.StoreLogoffTransports; StoreLogoff must begin with that call`
	return nil
}

func (s *deferredCallStore) Release() uint32 {
	return s.support.Release()
}
