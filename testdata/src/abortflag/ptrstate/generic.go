package ptrstate

import "abortflag/ptrstate/shutdown"

// cache leaves both halves to the shutdown helpers. Correct twin: silent.
type cache[K comparable, V any] struct {
	support   Support
	entries   map[K]V
	loggedOff bool
}

var _ = &cache[string, int]{}

func (s *cache[K, V]) StoreLogoff(lpulFlags *uint32) error {
	return shutdown.Logoff(s.support, lpulFlags, &s.loggedOff)
}

func (s *cache[K, V]) Release() uint32 {
	shutdown.Abort(s.support, &s.loggedOff)
	clear(s.entries)
	return s.support.Release()
}

// queue aborts whatever the flag says. Broken twin: reported once,
// although queue[int] is instantiated.
type queue[T any] struct {
	support   Support
	items     []T
	loggedOff bool
}

var _ = &queue[int]{}

func (s *queue[T]) StoreLogoff(lpulFlags *uint32) error {
	return shutdown.Logoff(s.support, lpulFlags, &s.loggedOff)
}

func (s *queue[T]) Release() uint32 {
	shutdown.AbortAlways(s.support, &s.loggedOff) // want `StoreLogoffTransports here is not guarded by the state StoreLogoff sets, so it runs a second time after StoreLogoff`
	s.items = nil
	return s.support.Release()
}
