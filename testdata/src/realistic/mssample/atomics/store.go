// Package atomics ports Microsoft's Sample Message Store (MSPMS.C,
// MSPOBJ.C) to a Go binding that returns errors and counts references with
// sync/atomic: the deferred protocol, StoreLogoff records the flags (under
// a mutex, as the sample does under its critical section) and reports
// LOGOFF_COMPLETE; the final Release logs the transports off with the
// recorded flags, which start as LOGOFF_ABORT, and releases the support
// object last. A nil flags pointer is rejected with an error before
// anything else.
//
// Correct: silent.
package atomics

import (
	"fmt"
	"sync"
	"sync/atomic"

	"realistic/mapi"
)

type store struct {
	refs     atomic.Int32
	mu       sync.Mutex
	support  mapi.Support
	flagsSLT uint32
	path     string
}

func newStore(sup mapi.Support, path string) *store {
	s := &store{support: sup, flagsSLT: mapi.LOGOFF_ABORT, path: path}
	s.refs.Store(1)
	return s
}

func (s *store) AddRef() uint32 { return uint32(s.refs.Add(1)) }

func (s *store) StoreLogoff(lpulFlags *uint32) error {
	if lpulFlags == nil {
		return fmt.Errorf("sample store %s: StoreLogoff: %w", s.path, mapi.ErrInvalidParameter)
	}
	s.mu.Lock()
	s.flagsSLT = *lpulFlags
	s.mu.Unlock()
	*lpulFlags = mapi.LOGOFF_COMPLETE
	return nil
}

func (s *store) Release() uint32 {
	n := s.refs.Add(-1)
	switch {
	case n < 0:
		panic("sample store: too many releases")
	case n > 0:
		return uint32(n)
	}
	s.mu.Lock()
	flags := s.flagsSLT
	s.mu.Unlock()
	if err := s.support.StoreLogoffTransports(&flags); err != nil {
		fmt.Printf("sample store %s: StoreLogoffTransports: %v\n", s.path, err)
	}
	s.support.Release()
	return 0
}

var _ = newStore
