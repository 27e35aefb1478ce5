// Package generic exercises abortflag on generic store types, under both
// protocols. Some are instantiated here, so each diagnostic must be reported
// once, not once per instantiation.
package generic

import "sync/atomic"

// store is the eager protocol with a bool field. Correct: silent.
type store[T any] struct {
	support   Support
	items     []T
	loggedOff bool
}

func (s *store[T]) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *store[T]) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	s.items = nil
	return s.support.Release()
}

// cache never aborts. AF1 at the function name, reported once although
// cache[string, int] is instantiated below.
type cache[K comparable, V any] struct {
	support   Support
	entries   map[K]V
	loggedOff bool
}

func newCache(sup Support) *cache[string, int] {
	return &cache[string, int]{support: sup, entries: map[string]int{}}
}

func (s *cache[K, V]) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *cache[K, V]) Release() uint32 { // want `Release does not call s\.support\.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	clear(s.entries)
	return s.support.Release()
}

// queue aborts without looking at its atomic.Bool. AF2 at the call.
type queue[T any] struct {
	support   Support
	pending   []T
	loggedOff atomic.Bool
}

func newQueue(sup Support) *queue[[]byte] {
	return &queue[[]byte]{support: sup}
}

func (s *queue[T]) StoreLogoff(lpulFlags *uint32) error {
	if !s.loggedOff.CompareAndSwap(false, true) {
		return nil
	}
	return s.support.StoreLogoffTransports(lpulFlags)
}

func (s *queue[T]) Release() uint32 {
	s.pending = nil
	flags := uint32(LOGOFF_ABORT)
	s.support.StoreLogoffTransports(&flags) // want `StoreLogoffTransports here is not guarded by the state StoreLogoff sets, so it runs a second time after StoreLogoff`
	return s.support.Release()
}

// index passes LOGOFF_NO_WAIT. AF3 at the call.
type index[K comparable] struct {
	support   Support
	keys      map[K]int
	loggedOff bool
}

func (s *index[K]) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *index[K]) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(LOGOFF_NO_WAIT)
		s.support.StoreLogoffTransports(&flags) // want `Release passes 0x1 \(LOGOFF_NO_WAIT\) to StoreLogoffTransports; it must pass LOGOFF_ABORT \(0x8\)`
	}
	return s.support.Release()
}

// ring calls the abort twice on the not-logged-off path. AF4 at the second
// call.
type ring[T any] struct {
	support   Support
	buf       []T
	loggedOff bool
}

func (s *ring[T]) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *ring[T]) Release() uint32 {
	flags := uint32(LOGOFF_ABORT)
	if !s.loggedOff {
		s.support.StoreLogoffTransports(&flags)
	}
	if len(s.buf) > 0 && !s.loggedOff {
		s.support.StoreLogoffTransports(&flags) // want `s\.support\.StoreLogoffTransports may be called twice on this path`
	}
	return s.support.Release()
}

// deferredStore is the deferred protocol on a generic type, reference
// counted with atomic.Int32, flags defaulted to LOGOFF_ABORT in its
// constructor. Correct: silent.
type deferredStore[T any] struct {
	support     Support
	refs        atomic.Int32
	items       []T
	logoffFlags uint32
}

func newDeferredStore[T any](sup Support) *deferredStore[T] {
	s := &deferredStore[T]{support: sup, logoffFlags: LOGOFF_ABORT}
	s.refs.Store(1)
	return s
}

func (s *deferredStore[T]) StoreLogoff(lpulFlags *uint32) error {
	s.logoffFlags = *lpulFlags
	return nil
}

func (s *deferredStore[T]) Release() uint32 {
	if n := s.refs.Add(-1); n > 0 {
		return uint32(n)
	}
	s.support.StoreLogoffTransports(&s.logoffFlags)
	return s.support.Release()
}

// zeroDeferredStore is the deferred protocol with a constructor that leaves
// the flags zero. AF6 at Release's call.
type zeroDeferredStore[T any] struct {
	support     Support
	items       []T
	logoffFlags uint32
}

func newZeroDeferredStore[T any](sup Support) *zeroDeferredStore[T] {
	return &zeroDeferredStore[T]{support: sup}
}

func (s *zeroDeferredStore[T]) StoreLogoff(lpulFlags *uint32) error {
	s.logoffFlags = *lpulFlags
	return nil
}

func (s *zeroDeferredStore[T]) Release() uint32 {
	s.support.StoreLogoffTransports(&s.logoffFlags) // want `the saved flags s\.logoffFlags are 0x0, not LOGOFF_ABORT, when StoreLogoff was never called`
	return s.support.Release()
}

var (
	_ = newCache
	_ = newQueue
	_ = newDeferredStore[string]
	_ = newZeroDeferredStore[int]
)
