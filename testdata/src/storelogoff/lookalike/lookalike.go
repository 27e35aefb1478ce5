// Package lookalike holds code the storelogoff pass must leave alone:
// types that are not stores, and stores whose StoreLogoff is correct even
// though something happens before StoreLogoffTransports (failure returns,
// panics, locking, printing and logging).
package lookalike

import (
	"errors"
	"fmt"
	"log"
	"log/slog"
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

const validInputFlags = LOGOFF_NO_WAIT | LOGOFF_ORDERLY | LOGOFF_PURGE | LOGOFF_ABORT | LOGOFF_QUIET

// HRESULT is a COM status code (unsigned here).
type HRESULT uint32

const (
	S_OK                     HRESULT = 0x00000000
	MAPI_E_NOT_INITIALIZED   HRESULT = 0x80040605
	MAPI_E_INVALID_PARAMETER HRESULT = 0x80070057
)

var errInvalid = errors.New("lookalike: invalid argument")

// Support is the provider's view of IMAPISupport.
type Support interface {
	StoreLogoffTransports(lpulFlags *uint32) error
	Release() uint32
}

// ---------------------------------------------------------------------------
// folder has Release (and a Logoff that never calls StoreLogoffTransports)
// but no StoreLogoff: it is not a store. Silent.

type folder struct {
	support Support
	name    string
	refs    int
	closed  bool
}

func (f *folder) Logoff(lpulFlags *uint32) error {
	f.closed = true
	return nil
}

func (f *folder) Release() uint32 {
	f.refs--
	if f.refs == 0 {
		f.closed = true
	}
	return uint32(f.refs)
}

// ---------------------------------------------------------------------------
// fakeSupport is a test double of IMAPISupport. It implements
// StoreLogoffTransports, so it is a support object and not a store, even
// though it also has StoreLogoff and Release (it doubles as a fake store
// for client code). Its StoreLogoff never calls StoreLogoffTransports on
// anything, and that is fine. Silent.

type fakeSupport struct {
	mu       sync.Mutex
	calls    int
	lastFlag uint32
	refs     int
}

func (f *fakeSupport) StoreLogoffTransports(lpulFlags *uint32) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls++
	f.lastFlag = *lpulFlags
	*lpulFlags = LOGOFF_COMPLETE
	return nil
}

func (f *fakeSupport) StoreLogoff(lpulFlags *uint32) error {
	*lpulFlags = LOGOFF_COMPLETE
	return nil
}

func (f *fakeSupport) Release() uint32 {
	f.refs--
	return uint32(f.refs)
}

// ---------------------------------------------------------------------------
// storeProxy is client-side code that forwards StoreLogoff to a store. It
// has StoreLogoff but no Release: it is not a store. Silent.

type storeProxy struct {
	target interface {
		StoreLogoff(lpulFlags *uint32) error
	}
}

func (p *storeProxy) StoreLogoff(lpulFlags *uint32) error {
	if p.target == nil {
		return nil
	}
	return p.target.StoreLogoff(lpulFlags)
}

// ---------------------------------------------------------------------------
// validatingStore rejects bad arguments with non-nil errors (a package
// error variable and fmt.Errorf) before the call. Failure returns are not
// shutdowns. Silent.

type validatingStore struct {
	support   Support
	loggedOff bool
}

func (s *validatingStore) StoreLogoff(lpulFlags *uint32) error {
	if lpulFlags == nil {
		return errInvalid
	}
	if *lpulFlags&^validInputFlags != 0 {
		return fmt.Errorf("lookalike: StoreLogoff: unknown flags %#x", *lpulFlags&^validInputFlags)
	}
	if err := s.support.StoreLogoffTransports(lpulFlags); err != nil {
		return err
	}
	s.loggedOff = true
	return nil
}

func (s *validatingStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

// ---------------------------------------------------------------------------
// hresultStore returns HRESULTs; MAPI_E_INVALID_PARAMETER (0x80070057) and
// MAPI_E_NOT_INITIALIZED have the severity bit set, so those early returns
// are failures. Silent.

type hresultStore struct {
	support Support
}

func (s *hresultStore) StoreLogoff(lpulFlags *uint32) HRESULT {
	if lpulFlags == nil {
		return MAPI_E_INVALID_PARAMETER
	}
	if s.support == nil {
		return MAPI_E_NOT_INITIALIZED
	}
	if err := s.support.StoreLogoffTransports(lpulFlags); err != nil {
		return MAPI_E_INVALID_PARAMETER
	}
	return S_OK
}

func (s *hresultStore) Release() uint32 {
	return s.support.Release()
}

// ---------------------------------------------------------------------------
// chattyStore locks, prints and logs before the call: sync.Mutex and
// sync.RWMutex methods, fmt, log and log/slog are harmless. Silent.

type chattyStore struct {
	mu      sync.Mutex
	cacheMu sync.RWMutex
	support Support
	name    string
	cache   map[string]int
}

func (s *chattyStore) StoreLogoff(lpulFlags *uint32) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.cacheMu.RLock()
	n := len(s.cache)
	s.cacheMu.RUnlock()
	fmt.Println("StoreLogoff", s.name)
	log.Printf("StoreLogoff(%#x): %d cached entries", *lpulFlags, n)
	slog.Info("store logoff", "store", s.name, "flags", *lpulFlags)
	return s.support.StoreLogoffTransports(lpulFlags)
}

func (s *chattyStore) Release() uint32 {
	return s.support.Release()
}

// ---------------------------------------------------------------------------
// panicStore panics on a nil flags pointer, and log.Fatal ends the process
// when the support object is missing: neither path is a return. Silent.

type panicStore struct {
	support Support
}

func (s *panicStore) StoreLogoff(lpulFlags *uint32) error {
	if lpulFlags == nil {
		panic("lookalike: StoreLogoff called with nil lpulFlags")
	}
	if s.support == nil {
		log.Fatal("lookalike: StoreLogoff without a support object")
	}
	return s.support.StoreLogoffTransports(lpulFlags)
}

func (s *panicStore) Release() uint32 {
	return s.support.Release()
}

// ---------------------------------------------------------------------------
// loopLogStore walks its open folders before the call, but the loop only
// logs. Silent.

type folderInfo struct {
	name string
	refs int
}

type loopLogStore struct {
	support Support
	folders map[string]*folderInfo
	order   []string
}

func (s *loopLogStore) StoreLogoff(lpulFlags *uint32) error {
	for _, name := range s.order {
		if fi := s.folders[name]; fi != nil && fi.refs > 0 {
			log.Printf("StoreLogoff: folder %q still has %d references", fi.name, fi.refs)
		}
	}
	return s.support.StoreLogoffTransports(lpulFlags)
}

func (s *loopLogStore) Release() uint32 {
	return s.support.Release()
}
