package gclmod

import "sync/atomic"

// LeakyStore returns early on the final path when its cache is set and never
// releases the support object there (RO2).
type LeakyStore struct {
	refs      int32
	support   Support
	cache     Cache
	loggedOff bool
}

func (s *LeakyStore) StoreLogoff(flags *uint32) error {
	if s.loggedOff {
		return nil
	}
	err := s.support.StoreLogoffTransports(flags)
	s.loggedOff = true
	return err
}

func (s *LeakyStore) Release() uint32 {
	n := atomic.AddInt32(&s.refs, -1)
	if n > 0 {
		return uint32(n)
	}
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		_ = s.support.StoreLogoffTransports(&flags)
	}
	if s.cache != nil {
		_ = s.cache.Flush()
		return 0
	}
	s.support.Release()
	return 0
}
