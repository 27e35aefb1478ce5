package once

import "sync"

// boundStore runs its logoff through a method value, s.once.Do(s.logoff),
// and its Release forgets the abort: AF1, naming the support object (the
// engine follows the bound method wrapper into logoff).
type boundStore struct {
	support Support
	once    sync.Once
	flags   uint32
}

func (s *boundStore) logoff() { s.support.StoreLogoffTransports(&s.flags) }

func (s *boundStore) StoreLogoff(lpulFlags *uint32) error {
	s.flags = *lpulFlags
	s.once.Do(s.logoff)
	return nil
}

func (s *boundStore) Release() uint32 { // want `Release does not call s\.support\.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	return s.support.Release()
}
