// Package configskip ports Microsoft's Sample Message Store (MSPMS.C) with
// a shortcut the sample's own comment invites: the support object MAPI
// hands out while the service is being configured has no
// StoreLogoffTransports (the sample tolerates MAPI_E_NO_SUPPORT there), so
// this port skips the call altogether when the store was opened for
// configuration. But the flag only says which support object the store was
// given; a store opened that way and released still skips the one call the
// deferred protocol makes.
package configskip

import (
	"sync"

	"realistic/mapi"
)

type store struct {
	mu        sync.Mutex
	refs      int32
	support   mapi.Support
	flagsSLT  uint32
	configure bool // opened by the service entry, not by a logon
}

func newStore(sup mapi.Support, configure bool) *store {
	return &store{refs: 1, support: sup, flagsSLT: mapi.LOGOFF_ABORT, configure: configure}
}

func (s *store) StoreLogoff(lpulFlags *uint32) error {
	s.mu.Lock()
	s.flagsSLT = *lpulFlags
	s.mu.Unlock()
	return nil
}

func (s *store) Release() uint32 {
	s.mu.Lock()
	s.refs--
	n := s.refs
	s.mu.Unlock()
	if n != 0 {
		return uint32(n)
	}
	if s.configure {
		return s.support.Release()
	}
	s.logoffTransports() // want `StoreLogoffTransports with the saved flags is skipped on some final paths; the deferred protocol calls it exactly once`
	return s.support.Release()
}

func (s *store) logoffTransports() {
	flags := s.flagsSLT
	if err := s.support.StoreLogoffTransports(&flags); err == mapi.ErrNoSupport {
		return
	}
}

var _ = newStore
