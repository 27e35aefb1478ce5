package refhelpers

// A COM object often answers for one interface through a small wrapper
// that forwards to the object behind it (Zarafa's xMsgStore in front of
// ECMsgStore): the wrapper holds no support object of its own, and its
// Release returns what the inner object's Release returns. The count is
// the inner object's, found through the forwarded call.

// innerStore owns the support object and the count. Correct twin: silent.
type innerStore struct {
	refs      uint32
	support   Support
	loggedOff bool
	iface     ifaceWrapper
}

func (s *innerStore) StoreLogoff(flags *uint32) error {
	err := s.support.StoreLogoffTransports(flags)
	s.loggedOff = true
	return err
}

func (s *innerStore) Release() uint32 {
	s.refs--
	if s.refs != 0 {
		return s.refs
	}
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		_ = s.support.StoreLogoffTransports(&flags)
	}
	s.support.Release()
	return 0
}

// ifaceWrapper forwards both roles to innerStore. Correct twin: silent
// (its early return is not final: the inner count is not zero there).
type ifaceWrapper struct {
	pThis *innerStore
}

func (x *ifaceWrapper) StoreLogoff(flags *uint32) error {
	return x.pThis.StoreLogoff(flags)
}

func (x *ifaceWrapper) Release() uint32 {
	n := x.pThis.Release()
	return n
}

// leakyInner forgets the support object on its final path.
type leakyInner struct {
	refs      uint32
	support   Support
	loggedOff bool
}

func (s *leakyInner) StoreLogoff(flags *uint32) error {
	err := s.support.StoreLogoffTransports(flags)
	s.loggedOff = true
	return err
}

func (s *leakyInner) Release() uint32 { // want `Release never releases the support object s.support`
	s.refs--
	if s.refs != 0 {
		return s.refs
	}
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		_ = s.support.StoreLogoffTransports(&flags)
	}
	return 0
}

// leakyWrapper forwards to leakyInner: the leak is the inner store's,
// and the wrapper is reported for never releasing it either. Broken twin.
type leakyWrapper struct {
	pThis *leakyInner
}

func (x *leakyWrapper) StoreLogoff(flags *uint32) error {
	return x.pThis.StoreLogoff(flags)
}

func (x *leakyWrapper) Release() uint32 { // want `Release never releases the support object x.pThis.support`
	return x.pThis.Release()
}
