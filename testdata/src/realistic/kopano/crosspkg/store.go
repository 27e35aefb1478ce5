// Package crosspkg ports Kopano's ECMsgStore (kopano-core,
// provider/client/ECMsgStore.cpp) with its base class ECUnknown in another
// package of the module (crosspkg/ecunknown) and embedded: the store's
// Release asks the promoted Unref for the count left. The store follows the
// eager protocol: StoreLogoff begins with StoreLogoffTransports and records
// it; the final Release aborts the transports when StoreLogoff never ran
// and releases the support object last.
//
// Correct: silent.
//
// ISSUE12: family 2. The count is kept by a promoted method from another
// package, known only through analysis facts; Release's early return is
// not a final path.
package crosspkg

import (
	"realistic/kopano/crosspkg/ecunknown"
	"realistic/mapi"
)

type msgStore struct {
	ecunknown.Base
	support   mapi.Support
	loggedOff bool
}

func newMsgStore(sup mapi.Support) *msgStore {
	s := &msgStore{support: sup}
	s.Init()
	return s
}

func (s *msgStore) StoreLogoff(lpulFlags *uint32) error {
	if err := s.support.StoreLogoffTransports(lpulFlags); err != nil {
		return err
	}
	s.loggedOff = true
	return nil
}

func (s *msgStore) Release() uint32 {
	n := s.Unref()
	if n > 0 {
		return n
	}
	if !s.loggedOff {
		flags := uint32(mapi.LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	s.support.Release()
	return 0
}

var _ = newMsgStore
