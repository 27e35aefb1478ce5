// Package boolfield holds eager-protocol stores whose tracking state is a
// bool field StoreLogoff sets, and whose Release never calls
// StoreLogoffTransports. AF1 at each Release; the suggested fix inserts
// `if !s.loggedOff { flags := uint32(LOGOFF_ABORT); ...(&flags) }` before
// the support release. boolfield.go.golden is the fixed source.
package boolfield

import (
	"log"
	"sync"
	"sync/atomic"
)

// plainStore forwards to the support object. The fix goes before the
// return that releases it.
type plainStore struct {
	support   Support
	loggedOff bool
}

func (s *plainStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *plainStore) Release() uint32 { // want `Release does not call s\.support\.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	return s.support.Release()
}

// logon is the per-logon state that holds the support object.
type logon struct {
	sup Support
}

// nestedStore names its receiver ms, keeps the support object in a nested
// field and calls its tracking field done. The fix goes between the inbox
// release and the support release and spells both as the source does.
type nestedStore struct {
	logon logon
	inbox *folder
	done  bool
}

func (ms *nestedStore) StoreLogoff(lpulFlags *uint32) error {
	err := ms.logon.sup.StoreLogoffTransports(lpulFlags)
	ms.done = true
	return err
}

func (ms *nestedStore) Release() uint32 { // want `Release does not call ms\.logon\.sup\.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	ms.inbox.Release()
	ms.logon.sup.Release()
	return 0
}

// lockedStore holds its mutex and releases the support object with defer.
// The fix goes before the defer statement, after the lock.
type lockedStore struct {
	mu        sync.Mutex
	support   Support
	loggedOff bool
}

func (s *lockedStore) StoreLogoff(lpulFlags *uint32) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *lockedStore) Release() uint32 { // want `Release does not call s\.support\.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	s.mu.Lock()
	defer s.mu.Unlock()
	defer s.support.Release()
	return 0
}

// countedStore is reference counted (if with an init statement). The fix
// goes on the final path only, before the support release.
type countedStore struct {
	support   Support
	refs      int32
	loggedOff bool
}

func (s *countedStore) AddRef() uint32 {
	return uint32(atomic.AddInt32(&s.refs, 1))
}

func (s *countedStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *countedStore) Release() uint32 { // want `Release does not call s\.support\.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	if n := atomic.AddInt32(&s.refs, -1); n > 0 {
		return uint32(n)
	}
	return s.support.Release()
}

// decEqStore counts with s.refs-- and releases inside `if s.refs == 0`. The
// fix goes inside that block.
type decEqStore struct {
	support   Support
	refs      uint32
	loggedOff bool
}

func (s *decEqStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *decEqStore) Release() uint32 { // want `Release does not call s\.support\.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	s.refs--
	if s.refs == 0 {
		s.support.Release()
	}
	return s.refs
}

// caseStore switches on the count and releases in `case 0`. The fix goes
// inside the case clause.
type caseStore struct {
	support   Support
	refs      atomic.Int32
	loggedOff bool
}

func (s *caseStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *caseStore) Release() uint32 { // want `Release does not call s\.support\.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	n := s.refs.Add(-1)
	switch n {
	case 0:
		s.support.Release()
	}
	return uint32(n)
}

// checkedStore releases the support object in an if's init statement. The
// fix goes before the whole if statement.
type checkedStore struct {
	support   Support
	loggedOff bool
}

func (s *checkedStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *checkedStore) Release() uint32 { // want `Release does not call s\.support\.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	if rc := s.support.Release(); rc != 0 {
		log.Printf("store: support object still has %d references", rc)
	}
	return 0
}

// shadowStore already has a local named flags in Release: the fix's own
// flags lives in the if block and shadows it there, so both compile.
type shadowStore struct {
	support   Support
	flags     uint32
	loggedOff bool
}

func (s *shadowStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *shadowStore) Release() uint32 { // want `Release does not call s\.support\.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	flags := s.flags
	log.Printf("store: releasing with state %#x", flags)
	return s.support.Release()
}

// cbVtbl holds Go funcs in its slots (on Windows a pure-Go COM server would
// pass them through syscall.NewCallback).
type cbVtbl struct {
	Release     func(this *cbStore) uintptr
	StoreLogoff func(this *cbStore, lpulFlags *uint32) uintptr
}

// cbStore is a vtable-callback store (shape (c)): the fix spells the store
// after the callback's parameter, this.
type cbStore struct {
	vtbl      *cbVtbl
	support   Support
	loggedOff bool
}

var cbStoreVtbl = cbVtbl{
	Release:     cbRelease,
	StoreLogoff: cbStoreLogoff,
}

func cbStoreLogoff(this *cbStore, lpulFlags *uint32) uintptr {
	this.support.StoreLogoffTransports(lpulFlags)
	this.loggedOff = true
	return 0
}

func cbRelease(this *cbStore) uintptr { // want `Release does not call this\.support\.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	return uintptr(this.support.Release())
}

var _ = cbStoreVtbl
