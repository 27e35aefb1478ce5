// Package atomicbool is Kopano's ECMsgStore (kopano-core,
// provider/client/ECMsgStore.cpp) fixed with sync/atomic types: the count
// is an atomic.Uint32 like ECUnknown's, and whether StoreLogoffTransports
// ran is an atomic.Bool that StoreLogoff and the final Release both claim
// with CompareAndSwap, so exactly one of them logs the transports off.
//
// Correct: silent.
package atomicbool

import (
	"sync/atomic"

	"realistic/mapi"
)

type msgStore struct {
	cRef      atomic.Uint32
	support   mapi.Support
	loggedOff atomic.Bool
}

func (s *msgStore) StoreLogoff(lpulFlags *uint32) error {
	if !s.loggedOff.CompareAndSwap(false, true) {
		return nil
	}
	return s.support.StoreLogoffTransports(lpulFlags)
}

func (s *msgStore) Release() uint32 {
	n := s.cRef.Add(^uint32(0))
	if n != 0 {
		return n
	}
	if s.loggedOff.CompareAndSwap(false, true) {
		flags := uint32(mapi.LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}
