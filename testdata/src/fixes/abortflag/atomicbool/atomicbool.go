// Package atomicbool holds eager-protocol stores whose tracking state is a
// sync/atomic.Bool, set with Store(true) or claimed with
// CompareAndSwap(false, true) in StoreLogoff. Their Release never calls
// StoreLogoffTransports: AF1, and the suggested fix inserts
// `if !s.loggedOff.Load() { ... }` before the support release.
// atomicbool.go.golden is the fixed source.
package atomicbool

import (
	"sync/atomic"
)

// storeStore sets the state with Store(true) after the call.
type storeStore struct {
	support   Support
	loggedOff atomic.Bool
}

func (s *storeStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff.Store(true)
	return err
}

func (s *storeStore) Release() uint32 { // want `Release does not call s\.support\.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	return s.support.Release()
}

// casStore claims the state with CompareAndSwap(false, true), so a second
// StoreLogoff returns early.
type casStore struct {
	support   Support
	loggedOff atomic.Bool
}

func (s *casStore) StoreLogoff(lpulFlags *uint32) error {
	if !s.loggedOff.CompareAndSwap(false, true) {
		return nil
	}
	return s.support.StoreLogoffTransports(lpulFlags)
}

func (s *casStore) Release() uint32 { // want `Release does not call s\.support\.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	s.support.Release()
	return 0
}

// countedStore is reference counted with an atomic.Int32 and keeps its
// state in a pointer to an atomic.Bool. The fix goes on the final path.
type countedStore struct {
	support   Support
	refs      atomic.Int32
	loggedOff *atomic.Bool
}

func (s *countedStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff.Store(true)
	return err
}

func (s *countedStore) Release() uint32 { // want `Release does not call s\.support\.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	n := s.refs.Add(-1)
	if n > 0 {
		return uint32(n)
	}
	return s.support.Release()
}
