// Package deferred exercises abortflag under the deferred protocol of the
// IMsgStore::StoreLogoff "Notes to implementers": StoreLogoff only saves its
// flags in a field, and Release passes that field to StoreLogoffTransports
// exactly once on the final path. When StoreLogoff never ran, the saved
// flags must be LOGOFF_ABORT (initialised so wherever the store is
// constructed), or Release must substitute LOGOFF_ABORT itself.
package deferred

import (
	"log"
	"sync/atomic"
)

// store is the plain deferred protocol without a reference count.
// Correct: silent.
type store struct {
	support     Support
	logoffFlags uint32
}

func newStore(sup Support) *store {
	return &store{support: sup, logoffFlags: LOGOFF_ABORT}
}

func (s *store) StoreLogoff(lpulFlags *uint32) error {
	s.logoffFlags = *lpulFlags
	return nil
}

func (s *store) Release() uint32 {
	s.support.StoreLogoffTransports(&s.logoffFlags)
	return s.support.Release()
}

// msStore follows Microsoft's sample store: reference counted with
// s.refs--, flags initialised to LOGOFF_ABORT, passed once when the count
// reaches zero. Correct: silent.
type msStore struct {
	support     Support
	refs        uint32
	logoffFlags uint32
}

func newMSStore(sup Support) *msStore {
	return &msStore{support: sup, refs: 1, logoffFlags: LOGOFF_ABORT}
}

func (s *msStore) AddRef() uint32 {
	s.refs++
	return s.refs
}

func (s *msStore) StoreLogoff(lpulFlags *uint32) error {
	s.logoffFlags = *lpulFlags
	return nil
}

func (s *msStore) Release() uint32 {
	s.refs--
	if s.refs > 0 {
		return s.refs
	}
	s.support.StoreLogoffTransports(&s.logoffFlags)
	s.support.Release()
	return 0
}

// substituteStore leaves the saved flags zero in its constructor, but
// Release substitutes LOGOFF_ABORT when StoreLogoff never ran. Correct:
// silent.
type substituteStore struct {
	support      Support
	logoffFlags  uint32
	calledLogoff bool
}

func newSubstituteStore(sup Support) *substituteStore {
	return &substituteStore{support: sup}
}

func (s *substituteStore) StoreLogoff(lpulFlags *uint32) error {
	s.logoffFlags = *lpulFlags
	s.calledLogoff = true
	return nil
}

func (s *substituteStore) Release() uint32 {
	f := s.logoffFlags
	if !s.calledLogoff {
		f = LOGOFF_ABORT
	}
	s.support.StoreLogoffTransports(&f)
	return s.support.Release()
}

// defaultLogoff is LOGOFF_ABORT under another name; flags are judged by
// value.
const defaultLogoff = 8

// namedStore initialises the saved flags with defaultLogoff and counts
// references with atomic.AddInt32. Correct: silent.
type namedStore struct {
	support     Support
	refs        int32
	logoffFlags uint32
}

func newNamedStore(sup Support) *namedStore {
	return &namedStore{support: sup, refs: 1, logoffFlags: defaultLogoff}
}

func (s *namedStore) StoreLogoff(lpulFlags *uint32) error {
	s.logoffFlags = *lpulFlags
	return nil
}

func (s *namedStore) Release() uint32 {
	if n := atomic.AddInt32(&s.refs, -1); n > 0 {
		return uint32(n)
	}
	s.support.StoreLogoffTransports(&s.logoffFlags)
	return s.support.Release()
}

// assignStore sets the default by assignment right after construction.
// Correct: silent.
type assignStore struct {
	support     Support
	logoffFlags uint32
}

func newAssignStore(sup Support) *assignStore {
	s := &assignStore{support: sup}
	s.logoffFlags = LOGOFF_ABORT
	return s
}

func (s *assignStore) StoreLogoff(lpulFlags *uint32) error {
	s.logoffFlags = *lpulFlags
	return nil
}

func (s *assignStore) Release() uint32 {
	s.support.StoreLogoffTransports(&s.logoffFlags)
	return s.support.Release()
}

// zeroStore's constructor leaves the saved flags zero, so a store released
// without StoreLogoff passes 0. AF6 at Release's call (related: the
// composite literal in newZeroStore).
type zeroStore struct {
	support     Support
	logoffFlags uint32
}

func newZeroStore(sup Support) *zeroStore {
	return &zeroStore{support: sup}
}

func (s *zeroStore) StoreLogoff(lpulFlags *uint32) error {
	s.logoffFlags = *lpulFlags
	return nil
}

func (s *zeroStore) Release() uint32 {
	s.support.StoreLogoffTransports(&s.logoffFlags) // want `the saved flags s\.logoffFlags are 0x0, not LOGOFF_ABORT, when StoreLogoff was never called`
	return s.support.Release()
}

// orderlyDefaultStore defaults the saved flags to LOGOFF_ORDERLY. AF6 at
// Release's call.
type orderlyDefaultStore struct {
	support     Support
	logoffFlags uint32
}

func newOrderlyDefaultStore(sup Support) *orderlyDefaultStore {
	return &orderlyDefaultStore{support: sup, logoffFlags: LOGOFF_ORDERLY}
}

func (s *orderlyDefaultStore) StoreLogoff(lpulFlags *uint32) error {
	s.logoffFlags = *lpulFlags
	return nil
}

func (s *orderlyDefaultStore) Release() uint32 {
	s.support.StoreLogoffTransports(&s.logoffFlags) // want `the saved flags s\.logoffFlags are 0x2( \(LOGOFF_ORDERLY\))?, not LOGOFF_ABORT, when StoreLogoff was never called`
	return s.support.Release()
}

// twoCtorStore has a correct constructor and a second one (a test helper)
// that forgets the default: wherever the store is constructed counts. AF6
// at Release's call (related: the literal in newBareTwoCtorStore).
type twoCtorStore struct {
	support     Support
	logoffFlags uint32
}

func newTwoCtorStore(sup Support) *twoCtorStore {
	return &twoCtorStore{support: sup, logoffFlags: LOGOFF_ABORT}
}

func newBareTwoCtorStore(sup Support) *twoCtorStore {
	return &twoCtorStore{support: sup}
}

func (s *twoCtorStore) StoreLogoff(lpulFlags *uint32) error {
	s.logoffFlags = *lpulFlags
	return nil
}

func (s *twoCtorStore) Release() uint32 {
	s.support.StoreLogoffTransports(&s.logoffFlags) // want `the saved flags s\.logoffFlags are 0x0, not LOGOFF_ABORT, when StoreLogoff was never called`
	return s.support.Release()
}

// guardedStore passes the saved flags only if StoreLogoff ran, so a store
// released without StoreLogoff never logs its transports off. AF7 at the
// call.
type guardedStore struct {
	support     Support
	logoffFlags uint32
	loggedOff   bool
}

func newGuardedStore(sup Support) *guardedStore {
	return &guardedStore{support: sup, logoffFlags: LOGOFF_ABORT}
}

func (s *guardedStore) StoreLogoff(lpulFlags *uint32) error {
	s.logoffFlags = *lpulFlags
	s.loggedOff = true
	return nil
}

func (s *guardedStore) Release() uint32 {
	if s.loggedOff {
		s.support.StoreLogoffTransports(&s.logoffFlags) // want `StoreLogoffTransports with the saved flags is skipped on some final paths; the deferred protocol calls it exactly once`
	}
	return s.support.Release()
}

// earlyStore (reference counted) returns from the final path before the
// call when it has no inbox. AF7 at the call.
type earlyStore struct {
	support     Support
	refs        atomic.Int32
	inbox       *folder
	logoffFlags uint32
}

func newEarlyStore(sup Support) *earlyStore {
	s := &earlyStore{support: sup, logoffFlags: LOGOFF_ABORT}
	s.refs.Store(1)
	return s
}

func (s *earlyStore) StoreLogoff(lpulFlags *uint32) error {
	s.logoffFlags = *lpulFlags
	return nil
}

func (s *earlyStore) Release() uint32 {
	if n := s.refs.Add(-1); n > 0 {
		return uint32(n)
	}
	if s.inbox == nil {
		return s.support.Release()
	}
	s.inbox.Release()
	s.support.StoreLogoffTransports(&s.logoffFlags) // want `StoreLogoffTransports with the saved flags is skipped on some final paths; the deferred protocol calls it exactly once`
	return s.support.Release()
}

// retryStore retries the deferred call on failure. AF4 at the retry.
type retryStore struct {
	support     Support
	logoffFlags uint32
}

func newRetryStore(sup Support) *retryStore {
	return &retryStore{support: sup, logoffFlags: LOGOFF_ABORT}
}

func (s *retryStore) StoreLogoff(lpulFlags *uint32) error {
	s.logoffFlags = *lpulFlags
	return nil
}

func (s *retryStore) Release() uint32 {
	if err := s.support.StoreLogoffTransports(&s.logoffFlags); err != nil {
		log.Printf("store: logoff transports: %v; retrying", err)
		s.support.StoreLogoffTransports(&s.logoffFlags) // want `s\.support\.StoreLogoffTransports may be called twice on this path`
	}
	return s.support.Release()
}

var (
	_ = newStore
	_ = newMSStore
	_ = newSubstituteStore
	_ = newNamedStore
	_ = newAssignStore
	_ = newZeroStore
	_ = newOrderlyDefaultStore
	_ = newTwoCtorStore
	_ = newBareTwoCtorStore
	_ = newGuardedStore
	_ = newEarlyStore
	_ = newRetryStore
)
