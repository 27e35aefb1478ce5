// Package once ports Microsoft's Sample Message Store (MSPMS.C) to the eager
// protocol with a sync.Once both StoreLogoff and the final Release go
// through: whichever comes first logs the transports off, StoreLogoff with
// the caller's flags, Release with LOGOFF_ABORT, so the call is made
// exactly once. The final Release then releases the support object last.
//
// Correct: silent.
package once

import (
	"sync"
	"sync/atomic"

	"realistic/mapi"
)

type store struct {
	refs      int32
	support   mapi.Support
	logoffSLT sync.Once
}

func (s *store) StoreLogoff(lpulFlags *uint32) error {
	var err error
	s.logoffSLT.Do(func() {
		err = s.support.StoreLogoffTransports(lpulFlags)
	})
	return err
}

func (s *store) abortTransports() {
	flags := uint32(mapi.LOGOFF_ABORT)
	s.support.StoreLogoffTransports(&flags)
}

func (s *store) Release() uint32 {
	if n := atomic.AddInt32(&s.refs, -1); n != 0 {
		return uint32(n)
	}
	s.logoffSLT.Do(s.abortTransports)
	return s.support.Release()
}
