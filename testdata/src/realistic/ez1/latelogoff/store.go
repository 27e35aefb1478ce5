// Package latelogoff is ez1OutlookProvider's ez1MsgStore moved to the eager
// protocol with Release's steps in the wrong order: the last Release
// releases the support object first and then aborts the transports on it
// when StoreLogoff never ran; inside the support release MAPI has already
// logged the store off.
package latelogoff

import (
	"realistic/mapi"
)

type msgStore struct {
	cRef      int32
	support   mapi.Support
	loggedOff bool
}

func (s *msgStore) StoreLogoff(pulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(pulFlags)
	s.loggedOff = true
	return err
}

func (s *msgStore) Release() uint32 {
	s.cRef--
	if s.cRef != 0 {
		return uint32(s.cRef)
	}
	s.support.Release()
	if !s.loggedOff {
		flags := uint32(mapi.LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags) // want `s\.support is used after its Release`
	}
	return 0
}
