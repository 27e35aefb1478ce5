// Package zerodefault is ez1OutlookProvider's ez1MsgStore with what its
// StoreLogoff comment promises done: the store keeps the support object it
// was logged on with, StoreLogoff saves the flags in the store, and the
// last Release passes them to StoreLogoffTransports and releases the
// support object (the deferred protocol). But the constructor never sets
// the saved flags, so a store released without StoreLogoff passes 0.
package zerodefault

import (
	"realistic/mapi"
)

type msgStore struct {
	cRef        int32
	support     mapi.Support
	logoffFlags uint32
}

func newMsgStore(sup mapi.Support) *msgStore {
	return &msgStore{cRef: 1, support: sup}
}

func (s *msgStore) StoreLogoff(pulFlags *uint32) error {
	s.logoffFlags = *pulFlags
	return nil
}

func (s *msgStore) Release() uint32 {
	s.cRef--
	if s.cRef != 0 {
		return uint32(s.cRef)
	}
	s.support.StoreLogoffTransports(&s.logoffFlags) // want `the saved flags s\.logoffFlags are 0x0, not LOGOFF_ABORT, when StoreLogoff was never called`
	s.support.Release()
	return 0
}

var _ = newMsgStore
