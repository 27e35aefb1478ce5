// Package effectsfirst ports Zarafa 7's ECMsgStore (zarafa-debian,
// provider/client/ECMsgStore.cpp) with its destructor's teardown moved into
// StoreLogoff, ahead of StoreLogoffTransports: the store drops its
// notification advises and logs its connection off the server before
// telling MAPI it is going, so a transport still working on the store's
// outgoing queue finds the store gone.
package effectsfirst

import (
	"realistic/mapi"
)

// notifier is the store's notification client (ECNotifyClient).
type notifier interface {
	ReleaseAll() error
}

type msgStore struct {
	refs      uint32
	support   mapi.Support
	notify    notifier
	loggedOff bool
}

func (s *msgStore) StoreLogoff(lpulFlags *uint32) error {
	if s.notify != nil {
		s.notify.ReleaseAll() // want `call to s\.notify\.ReleaseAll runs before s\.support\.StoreLogoffTransports; StoreLogoff must begin with that call`
	}
	err := s.support.StoreLogoffTransports(lpulFlags)
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
