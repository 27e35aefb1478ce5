package gclmod

// QuietStore makes the NoopStore mistake (SL1), silenced for golangci-lint.
type QuietStore struct {
	support   Support
	loggedOff bool
}

func (s *QuietStore) StoreLogoff(flags *uint32) error { //nolint:mapilint // the test silences this SL1
	s.loggedOff = true
	return nil
}

func (s *QuietStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		_ = s.support.StoreLogoffTransports(&flags)
	}
	s.support.Release()
	return 0
}
