// Package noabort is the half fix of Kopano's ECMsgStore (kopano-core,
// provider/client/ECMsgStore.cpp) a maintainer makes after reading only
// the first rule: StoreLogoff now begins with StoreLogoffTransports and
// records it, but Release still only counts down and releases the support
// object, so a client that never calls StoreLogoff (and many only Release
// the store) leaves the transports running.
package noabort

import (
	"sync/atomic"

	"realistic/mapi"
)

type msgStore struct {
	refs      atomic.Int32
	support   mapi.Support
	loggedOff atomic.Bool
}

func (s *msgStore) StoreLogoff(lpulFlags *uint32) error {
	if s.loggedOff.Load() {
		return nil
	}
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff.Store(true)
	return err
}

func (s *msgStore) Release() uint32 { // want `Release does not call s\.support\.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	n := s.refs.Add(-1)
	if n != 0 {
		return uint32(n)
	}
	return s.support.Release()
}
