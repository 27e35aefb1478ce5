// Package generic exercises the storelogoff pass on generic store types:
// type store[T any] struct{...} with StoreLogoff and Release methods, and a
// store whose support object has a type-parameter type.
package generic

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
	MAPI_E_INVALID_PARAMETER HRESULT = 0x80070057
)

var errNoSupport = errors.New("generic: store has no support object")

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
// store[T]: the eager protocol done right on a generic store. Silent.

type store[T any] struct {
	support   Support
	inbox     Folder
	cache     map[string]T
	loggedOff bool
}

func (s *store[T]) StoreLogoff(lpulFlags *uint32) error {
	if s.support == nil {
		return errNoSupport
	}
	if err := s.support.StoreLogoffTransports(lpulFlags); err != nil {
		return err
	}
	s.loggedOff = true
	clear(s.cache)
	return s.inbox.Close()
}

func (s *store[T]) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

// ---------------------------------------------------------------------------
// noopStore[T]: StoreLogoff only drops the cache (SL1).

type noopStore[T any] struct {
	support Support
	cache   map[string]T
}

func (s *noopStore[T]) StoreLogoff(lpulFlags *uint32) error { // want `StoreLogoff never calls StoreLogoffTransports and does not save its flags for Release`
	s.cache = nil
	return nil
}

func (s *noopStore[T]) Release() uint32 {
	return s.support.Release()
}

// ---------------------------------------------------------------------------
// idleStore[T]: "nothing pending, nothing to do" returns success without
// the call (SL2).

type idleStore[T any] struct {
	support Support
	pending []T
}

func (s *idleStore[T]) StoreLogoff(lpulFlags *uint32) error {
	if len(s.pending) == 0 {
		return nil // want `StoreLogoff returns here without calling s\.support\.StoreLogoffTransports`
	}
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.pending = nil
	return err
}

func (s *idleStore[T]) Release() uint32 {
	return s.support.Release()
}

// ---------------------------------------------------------------------------
// closeFirstStore[T]: closes the inbox before the call (SL3).

type closeFirstStore[T any] struct {
	support Support
	inbox   Folder
	items   []T
}

func (s *closeFirstStore[T]) StoreLogoff(lpulFlags *uint32) error {
	s.inbox.Close() // want `call to s\.inbox\.Close runs before s\.support\.StoreLogoffTransports; StoreLogoff must begin with that call`
	s.items = nil
	return s.support.StoreLogoffTransports(lpulFlags)
}

func (s *closeFirstStore[T]) Release() uint32 {
	return s.support.Release()
}

// ---------------------------------------------------------------------------
// outboundStore[T]: logs the outbound transports off a second time when
// it has queued mail (SL4).

type outboundStore[T any] struct {
	support Support
	queued  []T
}

func (s *outboundStore[T]) StoreLogoff(lpulFlags *uint32) error {
	if err := s.support.StoreLogoffTransports(lpulFlags); err != nil {
		return err
	}
	if len(s.queued) > 0 {
		flags := uint32(LOGOFF_ORDERLY)
		s.support.StoreLogoffTransports(&flags) // want `s\.support\.StoreLogoffTransports may be called twice on this path`
	}
	return nil
}

func (s *outboundStore[T]) Release() uint32 {
	return s.support.Release()
}

// ---------------------------------------------------------------------------
// mixedStore[T]: saves the flags for Release and calls too (SL5).

type mixedStore[T any] struct {
	support    Support
	savedFlags uint32
	items      []T
}

func newMixedStore[T any](sup Support) *mixedStore[T] {
	return &mixedStore[T]{support: sup, savedFlags: LOGOFF_ABORT}
}

func (s *mixedStore[T]) StoreLogoff(lpulFlags *uint32) error {
	s.savedFlags = *lpulFlags
	if err := s.support.StoreLogoffTransports(lpulFlags); err != nil { // want `StoreLogoff calls s\.support\.StoreLogoffTransports but also saves its flags for Release: use the eager or the deferred protocol, not both`
		return err
	}
	return nil
}

func (s *mixedStore[T]) Release() uint32 {
	s.support.StoreLogoffTransports(&s.savedFlags)
	return s.support.Release()
}

// deferredStore[T] is the twin of mixedStore[T]: deferred protocol only.
// Silent.

type deferredStore[T any] struct {
	support    Support
	savedFlags uint32
	items      []T
}

func newDeferredStore[T any](sup Support) *deferredStore[T] {
	return &deferredStore[T]{support: sup, savedFlags: LOGOFF_ABORT}
}

func (s *deferredStore[T]) StoreLogoff(lpulFlags *uint32) error {
	s.savedFlags = *lpulFlags
	return nil
}

func (s *deferredStore[T]) Release() uint32 {
	s.support.StoreLogoffTransports(&s.savedFlags)
	return s.support.Release()
}

// ---------------------------------------------------------------------------
// paramStore[S]: the support object's type is a type parameter constrained
// by Support; the call goes through the constraint's method. Correct, silent.

type paramStore[S Support] struct {
	support   S
	loggedOff bool
}

func (s *paramStore[S]) StoreLogoff(lpulFlags *uint32) error {
	if err := s.support.StoreLogoffTransports(lpulFlags); err != nil {
		return err
	}
	s.loggedOff = true
	return nil
}

func (s *paramStore[S]) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

// paramSkipStore[S]: the same shape, but a LOGOFF_NO_WAIT logoff returns
// success without the call (SL2).

type paramSkipStore[S Support] struct {
	support S
}

func (s *paramSkipStore[S]) StoreLogoff(lpulFlags *uint32) error {
	if *lpulFlags&LOGOFF_NO_WAIT != 0 {
		return nil // want `StoreLogoff returns here without calling s\.support\.StoreLogoffTransports`
	}
	return s.support.StoreLogoffTransports(lpulFlags)
}

func (s *paramSkipStore[S]) Release() uint32 {
	return s.support.Release()
}
