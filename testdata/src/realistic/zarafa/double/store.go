// Package double ports Zarafa 7's ECMsgStore (zarafa-debian,
// provider/client/ECMsgStore.cpp), fixed to the eager protocol, with a
// "make sure" added: when the client asked for LOGOFF_PURGE, StoreLogoff
// calls StoreLogoffTransports a second time with LOGOFF_PURGE after the
// first call, to push the outgoing queue out. StoreLogoffTransports must
// be called once.
package double

import (
	"realistic/mapi"
)

type msgStore struct {
	refs      uint32
	support   mapi.Support
	loggedOff bool
}

func (s *msgStore) StoreLogoff(lpulFlags *uint32) error {
	requested := *lpulFlags
	err := s.support.StoreLogoffTransports(lpulFlags)
	if requested&mapi.LOGOFF_PURGE != 0 {
		purge := uint32(mapi.LOGOFF_PURGE)
		err = s.support.StoreLogoffTransports(&purge) // want `s\.support\.StoreLogoffTransports may be called twice on this path`
	}
	s.loggedOff = true
	return err
}

func (s *msgStore) Release() uint32 {
	s.refs--
	if s.refs != 0 {
		return s.refs
	}
	if !s.loggedOff {
		flags := uint32(mapi.LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}
