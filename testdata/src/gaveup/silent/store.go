// Package silent is the same store, a store with a mistake in each function, analysed with
// a work budget too small for anything (engine.SetBudget): every analysis
// gives up, nothing else is reported, and -gaveup names each one.
package silent

import "sync/atomic"

type Support interface {
	StoreLogoffTransports(flags *uint32) error
	Release() uint32
}

type Store struct {
	refs      int32
	support   Support
	loggedOff bool
	folders   []string
}

func (s *Store) closeFolders() { s.folders = nil }

func (s *Store) StoreLogoff(flags *uint32) error {
	s.closeFolders()
	err := s.support.StoreLogoffTransports(flags)
	s.loggedOff = true
	return err
}

func (s *Store) Release() uint32 {
	if n := atomic.AddInt32(&s.refs, -1); n > 0 {
		return uint32(n)
	}
	if len(s.folders) > 0 {
		return 0
	}
	s.support.Release()
	return 0
}
