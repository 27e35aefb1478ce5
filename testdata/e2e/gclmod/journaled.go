package gclmod

import "example.com/gclmod/journal"

// JournaledStore flushes its journal before StoreLogoffTransports: an SL3
// unless journal.Flush is harmless, as .golangci.yml's settings say.
type JournaledStore struct {
	support   Support
	loggedOff bool
}

func (s *JournaledStore) StoreLogoff(flags *uint32) error {
	journal.Flush()
	if s.loggedOff {
		return nil
	}
	err := s.support.StoreLogoffTransports(flags)
	s.loggedOff = true
	return err
}

func (s *JournaledStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		_ = s.support.StoreLogoffTransports(&flags)
	}
	s.support.Release()
	return 0
}
