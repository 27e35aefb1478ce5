// Package once holds eager-protocol stores whose tracking state is a
// sync.Once that StoreLogoff runs the StoreLogoffTransports call in. Their
// Release never calls StoreLogoffTransports: AF1, and the suggested fix
// inserts `s.once.Do(func() { ...(LOGOFF_ABORT) })` before the support
// release, so whichever of the two runs first makes the only call.
// once.go.golden is the fixed source.
package once

import (
	"sync"
	"sync/atomic"
)

// valueStore shares a sync.Once value field.
type valueStore struct {
	support Support
	once    sync.Once
}

func (s *valueStore) StoreLogoff(lpulFlags *uint32) error {
	var err error
	s.once.Do(func() {
		err = s.support.StoreLogoffTransports(lpulFlags)
	})
	return err
}

func (s *valueStore) Release() uint32 { // want `Release does not call s\.support\.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	return s.support.Release()
}

// shutdown groups the state a store needs to shut down once.
type shutdown struct {
	logoff sync.Once
}

// nestedStore keeps the Once in a nested struct and is reference counted.
// The fix goes on the final path and spells the Once as s.shutdown.logoff.
type nestedStore struct {
	support  Support
	refs     int32
	shutdown shutdown
}

func (s *nestedStore) StoreLogoff(lpulFlags *uint32) error {
	var err error
	s.shutdown.logoff.Do(func() {
		err = s.support.StoreLogoffTransports(lpulFlags)
	})
	return err
}

func (s *nestedStore) Release() uint32 { // want `Release does not call s\.support\.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	if n := atomic.AddInt32(&s.refs, -1); n > 0 {
		return uint32(n)
	}
	s.support.Release()
	return 0
}

// ptrStore shares a *sync.Once.
type ptrStore struct {
	support Support
	once    *sync.Once
}

func (s *ptrStore) StoreLogoff(lpulFlags *uint32) error {
	var err error
	s.once.Do(func() {
		err = s.support.StoreLogoffTransports(lpulFlags)
	})
	return err
}

func (s *ptrStore) Release() uint32 { // want `Release does not call s\.support\.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	return s.support.Release()
}
