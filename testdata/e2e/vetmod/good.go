package vetmod

import (
	"sync"
	"sync/atomic"
)

// GoodStore follows the eager protocol; mapilint must stay silent here.
type GoodStore struct {
	refs      int32
	mu        sync.Mutex
	support   Support
	cache     Cache
	loggedOff bool
}

func (s *GoodStore) StoreLogoff(flags *uint32) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.loggedOff {
		return nil
	}
	err := s.support.StoreLogoffTransports(flags)
	s.loggedOff = true
	if s.cache != nil {
		_ = s.cache.Flush()
	}
	return err
}

func (s *GoodStore) Release() uint32 {
	n := atomic.AddInt32(&s.refs, -1)
	if n > 0 {
		return uint32(n)
	}
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		_ = s.support.StoreLogoffTransports(&flags)
	}
	s.support.Release()
	return 0
}
