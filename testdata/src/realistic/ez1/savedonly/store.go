// Package savedonly is ez1OutlookProvider's ez1MsgStore with half of what
// its StoreLogoff comment promises: StoreLogoff saves the flags in the
// store, but nothing ever passes them to StoreLogoffTransports, and
// nothing else calls it. Saved flags that Release never passes are no
// deferred protocol: StoreLogoff never calls StoreLogoffTransports.
package savedonly

import (
	"realistic/mapi"
)

type msgStore struct {
	cRef        int32
	support     mapi.Support
	logoffFlags uint32
}

func newMsgStore(sup mapi.Support) *msgStore {
	return &msgStore{cRef: 1, support: sup, logoffFlags: mapi.LOGOFF_ABORT}
}

func (s *msgStore) StoreLogoff(pulFlags *uint32) error { // want `StoreLogoff never calls StoreLogoffTransports and does not save its flags for Release`
	s.logoffFlags = *pulFlags
	return nil
}

func (s *msgStore) Release() uint32 {
	s.cRef--
	if s.cRef != 0 {
		return uint32(s.cRef)
	}
	return s.support.Release()
}

var _ = newMsgStore
