package pkgvarflags

// genericAbortFlags and genericPurgeFlags never change.
var (
	genericAbortFlags uint32 = LOGOFF_ABORT
	genericPurgeFlags uint32 = LOGOFF_PURGE
)

// cache aborts with LOGOFF_ABORT from a variable. Correct twin: silent.
type cache[K comparable, V any] struct {
	support   Support
	entries   map[K]V
	loggedOff bool
}

var _ = &cache[string, int]{}

func (s *cache[K, V]) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *cache[K, V]) Release() uint32 {
	if !s.loggedOff {
		flags := genericAbortFlags
		s.support.StoreLogoffTransports(&flags)
	}
	clear(s.entries)
	return s.support.Release()
}

// queue passes LOGOFF_PURGE from a variable. Broken twin: reported once,
// although queue[int] is instantiated.
type queue[T any] struct {
	support   Support
	items     []T
	loggedOff bool
}

var _ = &queue[int]{}

func (s *queue[T]) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *queue[T]) Release() uint32 {
	if !s.loggedOff {
		flags := genericPurgeFlags
		s.support.StoreLogoffTransports(&flags) // want `Release passes 0x4 \(LOGOFF_PURGE\) to StoreLogoffTransports; it must pass LOGOFF_ABORT \(0x8\)`
	}
	s.items = nil
	return s.support.Release()
}
