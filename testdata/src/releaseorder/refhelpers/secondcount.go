package refhelpers

import "sync"

// A store whose objects (folders, messages) hold it open is destroyed by
// the last of its own Release and its children's: when the reference
// count reaches zero with children open, Release returns without
// releasing the support object, and that path is not the final release.
// A test of such a second count (an integer field, or the length of a
// field, named as a count) decides which paths are final (SPEC: "tests
// something count-like"); generic/generic.go's list, whose len(s.items)
// counts entries, not holders, keeps its final path.

// ChildSliceStore tests len(s.children) once the count is zero. Correct
// twin: silent.
type ChildSliceStore struct {
	mu        sync.Mutex
	refs      uint32
	children  []any
	support   Support
	loggedOff bool
}

func (s *ChildSliceStore) StoreLogoff(flags *uint32) error {
	err := s.support.StoreLogoffTransports(flags)
	s.loggedOff = true
	return err
}

func (s *ChildSliceStore) Release() uint32 {
	s.refs--
	if s.refs != 0 {
		return s.refs
	}
	s.mu.Lock()
	last := len(s.children) == 0
	s.mu.Unlock()
	if !last {
		return 0 // the last child destroys the store
	}
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		_ = s.support.StoreLogoffTransports(&flags)
	}
	s.support.Release()
	return 0
}

// ChildCountStore tests an integer count of open children in the same
// condition as the reference count. Correct twin: silent.
type ChildCountStore struct {
	refs      int32
	nChildren int32
	support   Support
	loggedOff bool
}

func (s *ChildCountStore) StoreLogoff(flags *uint32) error {
	err := s.support.StoreLogoffTransports(flags)
	s.loggedOff = true
	return err
}

func (s *ChildCountStore) Release() uint32 {
	s.refs--
	if s.refs == 0 && s.nChildren == 0 {
		if !s.loggedOff {
			flags := uint32(LOGOFF_ABORT)
			_ = s.support.StoreLogoffTransports(&flags)
		}
		s.support.Release()
		return 0
	}
	return uint32(s.refs)
}

// LeakyChildStore returns early while children are open (not final:
// silent), then forgets the support object when it has no cache, on a
// final path. Broken twin: reported there only.
type LeakyChildStore struct {
	refs      uint32
	children  map[string]any
	cache     []byte
	support   Support
	loggedOff bool
}

func (s *LeakyChildStore) StoreLogoff(flags *uint32) error {
	err := s.support.StoreLogoffTransports(flags)
	s.loggedOff = true
	return err
}

func (s *LeakyChildStore) Release() uint32 {
	s.refs--
	if s.refs != 0 {
		return s.refs
	}
	if len(s.children) > 0 {
		return 0
	}
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		_ = s.support.StoreLogoffTransports(&flags)
	}
	if s.cache == nil {
		return 0 // want `Release returns here without releasing the support object s.support`
	}
	s.support.Release()
	return 0
}

// ConnStore tests an integer field that is not a count (a subscription
// handle) on its final path: the path stays final, so the missing release
// is reported. Broken twin: reported.
type ConnStore struct {
	refs      uint32
	conn      uint32
	support   Support
	loggedOff bool
}

func (s *ConnStore) StoreLogoff(flags *uint32) error {
	err := s.support.StoreLogoffTransports(flags)
	s.loggedOff = true
	return err
}

func (s *ConnStore) Release() uint32 {
	s.refs--
	if s.refs != 0 {
		return s.refs
	}
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		_ = s.support.StoreLogoffTransports(&flags)
	}
	if s.conn != 0 {
		return 0 // want `Release returns here without releasing the support object s.support`
	}
	s.support.Release()
	return 0
}

// childVtbl is the vtable of childVtblStore, whose callbacks are its roles.
type childVtbl struct {
	Release     func(this *childVtblStore) uint32
	StoreLogoff func(this *childVtblStore, flags *uint32) uint32
}

// childVtblStore is ChildSliceStore as vtable callbacks. Correct twin:
// silent.
type childVtblStore struct {
	lpVtbl    *childVtbl
	refs      uint32
	openCount int
	support   Support
	loggedOff bool
}

var childStoreVtbl = childVtbl{Release: childRelease, StoreLogoff: childLogoff}

func childLogoff(this *childVtblStore, flags *uint32) uint32 {
	this.support.StoreLogoffTransports(flags)
	this.loggedOff = true
	return 0
}

func childRelease(this *childVtblStore) uint32 {
	this.refs--
	if this.refs != 0 {
		return this.refs
	}
	if this.openCount != 0 {
		return 0
	}
	if !this.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		this.support.StoreLogoffTransports(&flags)
	}
	this.support.Release()
	return 0
}

// GenericChildStore is ChildSliceStore as a generic type. Correct twin:
// silent.
type GenericChildStore[T any] struct {
	refs      uint32
	children  []T
	support   Support
	loggedOff bool
}

var _ = &GenericChildStore[int]{}

func (s *GenericChildStore[T]) StoreLogoff(flags *uint32) error {
	err := s.support.StoreLogoffTransports(flags)
	s.loggedOff = true
	return err
}

func (s *GenericChildStore[T]) Release() uint32 {
	s.refs--
	if s.refs != 0 {
		return s.refs
	}
	if len(s.children) != 0 {
		return 0
	}
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		_ = s.support.StoreLogoffTransports(&flags)
	}
	s.support.Release()
	return 0
}
