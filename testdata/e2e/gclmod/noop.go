package gclmod

// NoopStore marks itself logged off but never tells MAPI (SL1).
type NoopStore struct {
	support   Support
	loggedOff bool
}

func (s *NoopStore) StoreLogoff(flags *uint32) error {
	s.loggedOff = true
	return nil
}

func (s *NoopStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		_ = s.support.StoreLogoffTransports(&flags)
	}
	s.support.Release()
	return 0
}
