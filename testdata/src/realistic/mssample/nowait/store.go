// Package nowait ports Microsoft's Sample Message Store (MSPMS.C) to the
// eager protocol of "Shutting Down a Message Store Provider": StoreLogoff
// begins by calling StoreLogoffTransports and records that it did; the
// final Release calls it itself when StoreLogoff never ran. But the port
// takes the flag for that call from what clients pass to StoreLogoff
// (MFCMAPI's mailbox walker, for one, logs off with LOGOFF_NO_WAIT):
// Release must pass LOGOFF_ABORT.
package nowait

import (
	"sync"

	"realistic/mapi"
)

type store struct {
	mu        sync.Mutex
	refs      int32
	support   mapi.Support
	calledSLT bool
}

func (s *store) StoreLogoff(lpulFlags *uint32) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.calledSLT {
		return nil
	}
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.calledSLT = true
	return err
}

func (s *store) Release() uint32 {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.refs--
	if s.refs != 0 {
		return uint32(s.refs)
	}
	if !s.calledSLT {
		flags := uint32(mapi.LOGOFF_NO_WAIT)
		s.support.StoreLogoffTransports(&flags) // want `Release passes 0x1 \(LOGOFF_NO_WAIT\) to StoreLogoffTransports; it must pass LOGOFF_ABORT \(0x8\)`
	}
	s.support.Release()
	return 0
}
