// Package logon ports the logon object of Microsoft's Sample Message Store
// (MSPLOGON.C) next to its store: IMSLogon::Logoff, which MAPI calls while
// it processes the release of the support object, destroys the store if the
// logon still has one (neutering it: the recorded flags go to
// StoreLogoffTransports), and the logon's own Release frees it when its
// count reaches zero. The logon object has Logoff and Release but no
// StoreLogoff: it is no store. The store follows the deferred protocol.
//
// Correct: silent.
package logon

import (
	"sync"

	"realistic/mapi"
)

type store struct {
	mu       sync.Mutex
	refs     int32
	support  mapi.Support
	logon    *msLogon
	flagsSLT uint32
}

// msLogon is the IMSLogon object: the store and the logon share its lock.
type msLogon struct {
	mu      sync.Mutex
	refs    int32
	store   *store
	invalid bool
}

func logonStore(sup mapi.Support) (*store, *msLogon) {
	l := &msLogon{refs: 1}
	s := &store{refs: 1, support: sup, logon: l, flagsSLT: mapi.LOGOFF_ABORT}
	l.store = s
	sup.AddRef()
	return s, l
}

func (s *store) StoreLogoff(lpulFlags *uint32) error {
	s.mu.Lock()
	s.flagsSLT = *lpulFlags
	*lpulFlags = mapi.LOGOFF_COMPLETE
	s.mu.Unlock()
	return nil
}

func (s *store) Release() uint32 {
	s.mu.Lock()
	s.refs--
	if s.refs != 0 {
		n := s.refs
		s.mu.Unlock()
		return uint32(n)
	}
	s.neuter()
	s.mu.Unlock()
	s.support.Release()
	return 0
}

func (s *store) neuter() {
	flags := s.flagsSLT
	s.support.StoreLogoffTransports(&flags)
	if s.logon != nil {
		s.logon.store = nil // make the logon object forget the store
	}
}

// Logoff destroys the store if the logon still has one.
func (l *msLogon) Logoff(lpulFlags *uint32) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.store != nil {
		st := l.store
		st.mu.Lock()
		st.neuter()
		st.mu.Unlock()
		st.support.Release()
	}
	l.invalid = true
	return nil
}

func (l *msLogon) Release() uint32 {
	l.mu.Lock()
	l.refs--
	n := l.refs
	l.mu.Unlock()
	return uint32(n)
}

var _ = logonStore
