// Package generic exercises releaseorder on generic store types. Some are
// instantiated in this package, so each diagnostic must be reported once,
// not once per instantiation.
package generic

import "sync/atomic"

// store is a generic message store over its cached item type.
// Correct: silent.
type store[T any] struct {
	support   Support
	items     []T
	loggedOff bool
}

func newStore(sup Support) *store[string] {
	return &store[string]{support: sup}
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

// cache has two type parameters; its Release drops the entries and never
// releases the support object. RO1 at the function name, reported once
// although cache[string, int] is instantiated below.
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

func (s *cache[K, V]) Release() uint32 { // want `Release never releases the support object s\.support`
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	clear(s.entries)
	return 0
}

// list is reference counted with atomic.Int32; the final path returns early
// when items remain, leaking the support object. RO2 at that return.
type list[T any] struct {
	support   Support
	refs      atomic.Int32
	items     []T
	loggedOff bool
}

func (s *list[T]) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *list[T]) Release() uint32 {
	n := s.refs.Add(-1)
	if n > 0 {
		return uint32(n)
	}
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	if len(s.items) > 0 {
		return 0 // want `Release returns here without releasing the support object s\.support`
	}
	return s.support.Release()
}

// pool releases the support object and then calls StoreLogoffTransports on
// it. RO5 at the late call.
type pool[T any] struct {
	support   Support
	free      []T
	loggedOff bool
}

func newPool(sup Support) *pool[[]byte] {
	return &pool[[]byte]{support: sup}
}

func (s *pool[T]) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *pool[T]) Release() uint32 {
	s.free = nil
	n := s.support.Release()
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags) // want `s\.support is used after its Release`
	}
	return n
}

var (
	_ = newStore
	_ = newCache
	_ = newPool
)
