// Package pkgvar is Kopano's ECMsgStore (kopano-core,
// provider/client/ECMsgStore.cpp) fixed to the eager protocol, but with the
// flag for Release's own StoreLogoffTransports call kept in a package
// variable, copied from what a client passes to StoreLogoff (MFCMAPI's
// mailbox processor logs off with LOGOFF_NO_WAIT). The
// variable is unexported, nothing assigns it or takes its address: it is
// a constant in all but name, and it is not LOGOFF_ABORT.
//
// ISSUE12: family 5. The flags come from a package variable that is a
// constant in practice.
package pkgvar

import (
	"sync"

	"realistic/mapi"
)

// releaseLogoffFlags is what Release passes when StoreLogoff never ran.
var releaseLogoffFlags uint32 = mapi.LOGOFF_NO_WAIT

type msgStore struct {
	mu        sync.Mutex
	refs      int32
	support   mapi.Support
	loggedOff bool
}

func (s *msgStore) StoreLogoff(lpulFlags *uint32) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *msgStore) Release() uint32 {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.refs--
	if s.refs != 0 {
		return uint32(s.refs)
	}
	if !s.loggedOff {
		flags := releaseLogoffFlags
		s.support.StoreLogoffTransports(&flags) // want `Release passes 0x1 \(LOGOFF_NO_WAIT\) to StoreLogoffTransports; it must pass LOGOFF_ABORT \(0x8\)`
	}
	s.support.Release()
	return 0
}
