package enum

// overwriteStore marks itself released before testing the state, so the
// test no longer tells whether StoreLogoff ran: the abort is unguarded
// (AF2 at the call).
type overwriteStore struct {
	support Support
	state   int
}

func (s *overwriteStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.state = stateLoggedOff
	return err
}

func (s *overwriteStore) Release() uint32 {
	s.state = stateReleased
	if s.state != stateLoggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags) // want `StoreLogoffTransports here is not guarded by the state StoreLogoff sets, so it runs a second time after StoreLogoff`
	}
	return s.support.Release()
}

// lateWriteStore writes the state after its guarded abort: correct, silent.
type lateWriteStore struct {
	support Support
	state   int
}

func (s *lateWriteStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.state = stateLoggedOff
	return err
}

func (s *lateWriteStore) Release() uint32 {
	if s.state != stateLoggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	s.state = stateReleased
	return s.support.Release()
}
