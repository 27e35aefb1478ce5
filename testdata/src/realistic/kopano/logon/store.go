// Package logon ports Kopano's logon object, ECMSLogon (kopano-core,
// provider/client/ECMsgStore.cpp), with the store it belongs to. The logon
// object keeps a plain pointer to the store without a reference (the
// reference order is store, then support object, then logon object, and a
// reference back would be a cycle), forwards its calls to the store, and
// its Logoff, which MAPI calls while it processes the release of the
// support object, does nothing. It has no StoreLogoff: no store. The store
// is Kopano's fixed to the eager protocol; its last Release releases the
// support object with a defer, after the abort.
//
// Correct: silent.
package logon

import (
	"sync"

	"realistic/mapi"
)

type msgStore struct {
	mu        sync.Mutex
	refs      uint32
	support   mapi.Support
	loggedOff bool
}

// msLogon is ECMSLogon.
type msLogon struct {
	refs  uint32
	store *msgStore // no reference: see the package comment
}

func newLogon(s *msgStore) *msLogon { return &msLogon{refs: 1, store: s} }

func (l *msLogon) Logoff(lpulFlags *uint32) error { return nil }

func (l *msLogon) OpenEntry(eid []byte) error {
	if l.store == nil {
		return mapi.ErrCallFailed
	}
	return nil
}

func (l *msLogon) Release() uint32 {
	l.refs--
	if l.refs == 0 {
		l.store = nil
	}
	return l.refs
}

func (s *msgStore) StoreLogoff(lpulFlags *uint32) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.loggedOff {
		return nil
	}
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *msgStore) Release() uint32 {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.refs--
	if s.refs != 0 {
		return s.refs
	}
	defer s.support.Release()
	if !s.loggedOff {
		flags := uint32(mapi.LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return 0
}

var _ = newLogon
