// Package unguarded is ez1OutlookProvider's ez1MsgStore moved to the eager
// protocol: StoreLogoff begins with StoreLogoffTransports and records it,
// but the last Release aborts the transports without looking at the
// record, so after a StoreLogoff they are logged off a second time.
package unguarded

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
	flags := uint32(mapi.LOGOFF_ABORT)
	s.support.StoreLogoffTransports(&flags) // want `StoreLogoffTransports here is not guarded by the state StoreLogoff sets, so it runs a second time after StoreLogoff`
	return s.support.Release()
}
