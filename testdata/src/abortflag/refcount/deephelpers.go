package refcount

import "sync/atomic"

// deepStore decrements its count four helper calls deep, one more than
// the engine follows to find the count: which paths are final is unknown,
// so no path is said to miss the abort. The test of the helper's result
// is not a guard on the count field (an add on it is not a read of
// state), so the unguarded abort call is still reported. Broken twin.
type deepStore struct {
	refs      int32
	support   Support
	loggedOff bool
}

func (s *deepStore) unref() int32 { return s.dec() }
func (s *deepStore) dec() int32   { return s.decr() }
func (s *deepStore) decr() int32  { return s.drop() }
func (s *deepStore) drop() int32  { return atomic.AddInt32(&s.refs, -1) }

func (s *deepStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *deepStore) Release() uint32 {
	if s.unref() > 0 {
		return 0
	}
	abort := uint32(LOGOFF_ABORT)
	s.support.StoreLogoffTransports(&abort) // want `StoreLogoffTransports here is not guarded by the state StoreLogoff sets, so it runs a second time after StoreLogoff`
	return s.support.Release()
}
