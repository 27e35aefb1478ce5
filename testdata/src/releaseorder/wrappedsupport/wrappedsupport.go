// Package wrappedsupport: a provider that wraps MAPI's support object in
// its own (Zarafa's ECMAPISupport) must release the wrapper, the object
// it calls StoreLogoffTransports on; releasing the object the wrapper
// wraps leaves the wrapper's reference held forever.
package wrappedsupport

// Support is the provider's view of IMAPISupport.
type Support interface {
	StoreLogoffTransports(lpulFlags *uint32) error
	Release() uint32
}

const LOGOFF_ABORT = 0x8

// supportWrapper forwards to MAPI's support object.
type supportWrapper struct {
	refs  uint32
	inner Support
}

func (w *supportWrapper) StoreLogoffTransports(lpulFlags *uint32) error {
	return w.inner.StoreLogoffTransports(lpulFlags)
}

func (w *supportWrapper) Release() uint32 {
	w.refs--
	if w.refs == 0 {
		w.inner.Release()
	}
	return w.refs
}

// rightLayer releases the wrapper. Correct twin: silent.
type rightLayer struct {
	refs      uint32
	support   *supportWrapper
	loggedOff bool
}

func (s *rightLayer) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *rightLayer) Release() uint32 {
	s.refs--
	if s.refs != 0 {
		return s.refs
	}
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	s.support.Release()
	return 0
}

// wrongLayer releases the wrapped object instead. Broken twin: reported.
type wrongLayer struct {
	refs      uint32
	support   *supportWrapper
	loggedOff bool
}

func (s *wrongLayer) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *wrongLayer) Release() uint32 { // want `Release never releases the support object s.support`
	s.refs--
	if s.refs != 0 {
		return s.refs
	}
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	s.support.inner.Release()
	return 0
}
