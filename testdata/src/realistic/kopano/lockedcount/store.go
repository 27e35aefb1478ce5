// Package lockedcount is Kopano's ECMsgStore (kopano-core,
// provider/client/ECMsgStore.cpp) under the eager protocol, with the count
// kept the way ECUnknown::Release keeps it together with the list of
// children: a helper takes the object's mutex, decrements, and returns the
// count left. The final Release aborts the transports when StoreLogoff
// never ran and releases the support object last.
//
// Correct: silent.
//
// ISSUE12: family 2. The count is kept by a helper that locks a mutex and
// decrements; Release's early return is not a final path.
package lockedcount

import (
	"sync"

	"realistic/mapi"
)

type msgStore struct {
	mu        sync.Mutex
	cRef      uint32
	support   mapi.Support
	loggedOff bool
}

// unref drops one reference under the lock and returns what is left.
func (s *msgStore) unref() uint32 {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.cRef--
	return s.cRef
}

func (s *msgStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.mu.Lock()
	s.loggedOff = true
	s.mu.Unlock()
	return err
}

func (s *msgStore) Release() uint32 {
	if n := s.unref(); n != 0 {
		return n
	}
	if !s.loggedOff {
		abort := uint32(mapi.LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&abort)
	}
	return s.support.Release()
}
