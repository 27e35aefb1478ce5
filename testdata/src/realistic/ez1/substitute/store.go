// Package substitute is ez1OutlookProvider's ez1MsgStore with its
// StoreLogoff comment's promise kept (the flags are saved in the store and
// passed to StoreLogoffTransports by the last Release, the deferred
// protocol) and the zero default handled in Release rather than in the
// constructor: when StoreLogoff never ran, Release passes LOGOFF_ABORT.
//
// Correct: silent.
package substitute

import (
	"realistic/mapi"
)

type msgStore struct {
	cRef         int32
	support      mapi.Support
	logoffFlags  uint32
	calledLogoff bool
}

func newMsgStore(sup mapi.Support) *msgStore {
	return &msgStore{cRef: 1, support: sup}
}

func (s *msgStore) StoreLogoff(pulFlags *uint32) error {
	s.logoffFlags = *pulFlags
	s.calledLogoff = true
	return nil
}

func (s *msgStore) Release() uint32 {
	s.cRef--
	if s.cRef != 0 {
		return uint32(s.cRef)
	}
	flags := s.logoffFlags
	if !s.calledLogoff {
		flags = mapi.LOGOFF_ABORT
	}
	s.support.StoreLogoffTransports(&flags)
	s.support.Release()
	return 0
}

var _ = newMsgStore
