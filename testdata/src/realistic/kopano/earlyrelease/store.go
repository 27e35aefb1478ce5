// Package earlyrelease is Kopano's ECMsgStore (kopano-core,
// provider/client/ECMsgStore.cpp) after a port that took the support
// object's release out of the destructor and put it straight into Release,
// before the count is checked: every Release of the store, not only the
// last, now releases the support object. The store follows the eager
// protocol otherwise.
package earlyrelease

import (
	"sync/atomic"

	"realistic/mapi"
)

type msgStore struct {
	refs      int32
	support   mapi.Support
	loggedOff bool
}

func (s *msgStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *msgStore) Release() uint32 {
	n := atomic.AddInt32(&s.refs, -1)
	if n == 0 && !s.loggedOff {
		flags := uint32(mapi.LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	s.support.Release() // want `the support object s\.support is released here although the reference count is not zero`
	return uint32(n)
}
