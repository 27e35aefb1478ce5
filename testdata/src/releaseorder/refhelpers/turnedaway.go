package refhelpers

// A Release that turns away a nil or invalid object before it touches the
// count (Microsoft's sample store checks the object's vtable first) returns
// on a path that is not the final release: neither the count was
// decremented nor its value tested there.

// CheckedStore turns away nil and dead objects first. Correct twin:
// silent.
type CheckedStore struct {
	magic     uint32
	refs      int32
	support   Support
	loggedOff bool
}

func (s *CheckedStore) StoreLogoff(flags *uint32) error {
	err := s.support.StoreLogoffTransports(flags)
	s.loggedOff = true
	return err
}

func (s *CheckedStore) Release() uint32 {
	if s == nil {
		return 0
	}
	if s.magic != 0x53544f52 {
		return 0
	}
	s.refs--
	if s.refs != 0 {
		return uint32(s.refs)
	}
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		_ = s.support.StoreLogoffTransports(&flags)
	}
	s.magic = 0
	s.support.Release()
	return 0
}

// LastRefStore tests the count before decrementing it: the path on which
// it is 1 is the final release, and it returns without releasing (the
// release after the decrement runs on no final path: the count is not 1
// there). Broken twin: reported.
type LastRefStore struct {
	refs      int32
	support   Support
	loggedOff bool
}

func (s *LastRefStore) StoreLogoff(flags *uint32) error {
	err := s.support.StoreLogoffTransports(flags)
	s.loggedOff = true
	return err
}

func (s *LastRefStore) Release() uint32 { // want `Release never releases the support object s.support`
	if s.refs == 1 {
		if !s.loggedOff {
			flags := uint32(LOGOFF_ABORT)
			_ = s.support.StoreLogoffTransports(&flags)
		}
		s.refs = 0
		return 0
	}
	s.refs--
	if s.refs == 0 {
		s.support.Release()
	}
	return uint32(s.refs)
}
