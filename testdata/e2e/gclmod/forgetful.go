package gclmod

// ForgetfulStore tracks StoreLogoff but its Release never makes the guarded
// LOGOFF_ABORT call (AF1).
type ForgetfulStore struct {
	support   Support
	loggedOff bool
}

func (s *ForgetfulStore) StoreLogoff(flags *uint32) error {
	if s.loggedOff {
		return nil
	}
	err := s.support.StoreLogoffTransports(flags)
	s.loggedOff = true
	return err
}

func (s *ForgetfulStore) Release() uint32 {
	s.support.Release()
	return 0
}
