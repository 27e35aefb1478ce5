// Package tracking exercises the storelogoff pass's exemption for an
// idempotent second StoreLogoff: a path on which the store's tracking state
// says StoreLogoffTransports already ran may return success without the
// call. Every tracking idiom from the contract appears once, plus guards
// that only look like tracking.
package tracking

import (
	"errors"
	"sync"
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

var errNotReady = errors.New("tracking: store is still opening")

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
// boolStore: a bool field records the call; a second StoreLogoff returns
// success without calling again. Silent.

type boolStore struct {
	support   Support
	loggedOff bool
}

func (s *boolStore) StoreLogoff(lpulFlags *uint32) error {
	if s.loggedOff {
		return nil // idempotent second StoreLogoff
	}
	if err := s.support.StoreLogoffTransports(lpulFlags); err != nil {
		return err
	}
	s.loggedOff = true
	return nil
}

func (s *boolStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

// boolBeforeStore sets the bool before making the call. Silent.

type boolBeforeStore struct {
	support    Support
	transports bool // true once StoreLogoffTransports ran
}

func (s *boolBeforeStore) StoreLogoff(lpulFlags *uint32) error {
	if s.transports {
		return nil
	}
	s.transports = true
	return s.support.StoreLogoffTransports(lpulFlags)
}

func (s *boolBeforeStore) Release() uint32 {
	if !s.transports {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

// ---------------------------------------------------------------------------
// enumStore: a state enum, tested with a switch. The stateOpening case is
// a failure return; the stateLoggedOff case is the idempotent one. Silent.

type storeState int

const (
	stateOpening storeState = iota
	stateOpen
	stateLoggedOff
)

type enumStore struct {
	support Support
	state   storeState
}

func (s *enumStore) StoreLogoff(lpulFlags *uint32) error {
	switch s.state {
	case stateOpening:
		return errNotReady
	case stateLoggedOff:
		return nil
	}
	if err := s.support.StoreLogoffTransports(lpulFlags); err != nil {
		return err
	}
	s.state = stateLoggedOff
	return nil
}

func (s *enumStore) Release() uint32 {
	if s.state != stateLoggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

// ---------------------------------------------------------------------------
// bitmaskStore: one bit of a flags word records the call. Silent.

const (
	flagDirty          = 1 << 0
	flagTransportsDone = 1 << 1
	flagReadOnly       = 1 << 2
)

type bitmaskStore struct {
	support Support
	flags   uint32
}

func (s *bitmaskStore) StoreLogoff(lpulFlags *uint32) error {
	if s.flags&flagTransportsDone != 0 {
		return nil
	}
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.flags |= flagTransportsDone
	s.flags &^= flagDirty
	return err
}

func (s *bitmaskStore) Release() uint32 {
	if s.flags&flagTransportsDone == 0 {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

// ---------------------------------------------------------------------------
// casStore: atomic.Bool claimed with CompareAndSwap before the call; the
// loser returns success. Silent.

type casStore struct {
	support   Support
	loggedOff atomic.Bool
}

func (s *casStore) StoreLogoff(lpulFlags *uint32) error {
	if !s.loggedOff.CompareAndSwap(false, true) {
		return nil
	}
	return s.support.StoreLogoffTransports(lpulFlags)
}

func (s *casStore) Release() uint32 {
	if s.loggedOff.CompareAndSwap(false, true) {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

// loadStore: atomic.Bool tested with Load and set with Store after the
// call. Silent.

type loadStore struct {
	support   Support
	loggedOff atomic.Bool
}

func (s *loadStore) StoreLogoff(lpulFlags *uint32) error {
	if s.loggedOff.Load() {
		return nil
	}
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff.Store(true)
	return err
}

func (s *loadStore) Release() uint32 {
	if !s.loggedOff.Load() {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

// swapStore: atomic.Bool claimed with Swap. Silent.

type swapStore struct {
	support Support
	done    atomic.Bool
}

func (s *swapStore) StoreLogoff(lpulFlags *uint32) error {
	if s.done.Swap(true) {
		return nil
	}
	return s.support.StoreLogoffTransports(lpulFlags)
}

func (s *swapStore) Release() uint32 {
	if !s.done.Swap(true) {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

// ---------------------------------------------------------------------------
// int32Store: atomic.Int32 state, claimed with CompareAndSwap. Silent.

const (
	logoffNone int32 = iota
	logoffDone
)

type int32Store struct {
	support Support
	logoff  atomic.Int32
}

func (s *int32Store) StoreLogoff(lpulFlags *uint32) error {
	if !s.logoff.CompareAndSwap(logoffNone, logoffDone) {
		return nil
	}
	return s.support.StoreLogoffTransports(lpulFlags)
}

func (s *int32Store) Release() uint32 {
	if s.logoff.CompareAndSwap(logoffNone, logoffDone) {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

// int32LoadStore: atomic.Int32 tested with Load, set with Store. Silent.

type int32LoadStore struct {
	support Support
	logoffs atomic.Int32
}

func (s *int32LoadStore) StoreLogoff(lpulFlags *uint32) error {
	if s.logoffs.Load() != 0 {
		return nil
	}
	if err := s.support.StoreLogoffTransports(lpulFlags); err != nil {
		return err
	}
	s.logoffs.Store(1)
	return nil
}

func (s *int32LoadStore) Release() uint32 {
	if s.logoffs.Load() == 0 {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

// ---------------------------------------------------------------------------
// onceStore: a sync.Once shared by StoreLogoff and Release runs
// StoreLogoffTransports at most once; when StoreLogoff's Do does not run
// the closure, Release's (or an earlier StoreLogoff's) already did. Silent.

type onceStore struct {
	support    Support
	logoffOnce sync.Once
}

func (s *onceStore) StoreLogoff(lpulFlags *uint32) error {
	var err error
	s.logoffOnce.Do(func() {
		err = s.support.StoreLogoffTransports(lpulFlags)
	})
	return err
}

func (s *onceStore) Release() uint32 {
	s.logoffOnce.Do(func() {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	})
	return s.support.Release()
}

// ---------------------------------------------------------------------------
// invertedCASStore: the CompareAndSwap result is read the wrong way round,
// so the first StoreLogoff returns success without the call (SL2).

type invertedCASStore struct {
	support   Support
	loggedOff atomic.Bool
}

func (s *invertedCASStore) StoreLogoff(lpulFlags *uint32) error {
	if s.loggedOff.CompareAndSwap(false, true) {
		return nil // want `StoreLogoff returns here without calling s\.support\.StoreLogoffTransports`
	}
	return s.support.StoreLogoffTransports(lpulFlags)
}

func (s *invertedCASStore) Release() uint32 {
	return s.support.Release()
}

// ---------------------------------------------------------------------------
// closedGuardStore: the guard tests s.closed, which is set by Close and
// not by StoreLogoff, so it is not the tracking state; the early return is
// a success without the call (SL2). The real tracking state is loggedOff.

type closedGuardStore struct {
	support   Support
	closed    bool
	loggedOff bool
}

// Close marks the store closed to new clients; it does not log off.
func (s *closedGuardStore) Close() {
	s.closed = true
}

func (s *closedGuardStore) StoreLogoff(lpulFlags *uint32) error {
	if s.closed {
		return nil // want `StoreLogoff returns here without calling s\.support\.StoreLogoffTransports`
	}
	if err := s.support.StoreLogoffTransports(lpulFlags); err != nil {
		return err
	}
	s.loggedOff = true
	return nil
}

func (s *closedGuardStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

// ---------------------------------------------------------------------------
// lockedFlushStore: mutex and the idempotence check are fine, but it
// flushes the outbox before the call (SL3).

type lockedFlushStore struct {
	mu      sync.Mutex
	support Support
	outbox  Folder
	state   storeState
}

func (s *lockedFlushStore) StoreLogoff(lpulFlags *uint32) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.state == stateLoggedOff {
		return nil
	}
	s.outbox.Close() // want `call to s\.outbox\.Close runs before s\.support\.StoreLogoffTransports; StoreLogoff must begin with that call`
	if err := s.support.StoreLogoffTransports(lpulFlags); err != nil {
		return err
	}
	s.state = stateLoggedOff
	return nil
}

func (s *lockedFlushStore) Release() uint32 {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.state != stateLoggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}
