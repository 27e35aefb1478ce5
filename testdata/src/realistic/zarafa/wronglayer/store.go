// Package wronglayer ports Zarafa 7.0's ECMAPISupport wrapper
// (zarafa-debian, provider/client/ECMAPISupport.cpp) with a store that
// releases the wrong layer: it logs the transports off through its support
// object, the wrapper, but at its last release it releases the object the
// wrapper wraps (MAPI's own support object) and never the wrapper, which
// therefore never drops its reference and never goes.
package wronglayer

import (
	"realistic/mapi"
)

// ecMAPISupport wraps MAPI's support object.
type ecMAPISupport struct {
	refs  uint32
	inner mapi.Support
}

func (w *ecMAPISupport) StoreLogoffTransports(lpulFlags *uint32) error {
	return w.inner.StoreLogoffTransports(lpulFlags)
}

func (w *ecMAPISupport) Release() uint32 {
	w.refs--
	if w.refs == 0 {
		w.inner.Release()
	}
	return w.refs
}

type msgStore struct {
	refs      uint32
	support   *ecMAPISupport
	loggedOff bool
}

func (s *msgStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *msgStore) Release() uint32 { // want `Release never releases the support object s\.support`
	s.refs--
	if s.refs != 0 {
		return s.refs
	}
	if !s.loggedOff {
		flags := uint32(mapi.LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	s.support.inner.Release()
	return 0
}
