// Package children ports the release of Kopano's ECMsgStore through its
// base ECUnknown (kopano-core, common/ECUnknown.cpp): when the count
// reaches zero the object is destroyed only if it has no children (open
// folders and messages register with their parent); otherwise the last
// child's removal destroys it later. The destruction releases the support
// object (the store's smart pointer member).
//
// Kopano's StoreLogoff does nothing: reported.
//
// ISSUE12: family 2. Release tests the number of children, a count that is
// not the reference count: the return on a zero count with children left
// is not a final path, so no "returns without releasing" there.
package children

import (
	"sync"

	"realistic/mapi"
)

type msgStore struct {
	refs     uint32
	mu       sync.Mutex
	children []any
	support  mapi.Support
}

func (s *msgStore) StoreLogoff(lpulFlags *uint32) error { // want `StoreLogoff never calls StoreLogoffTransports and does not save its flags for Release`
	return nil
}

func (s *msgStore) Release() uint32 {
	s.refs--
	n := s.refs
	if n != 0 {
		return n
	}
	s.mu.Lock()
	last := len(s.children) == 0
	s.mu.Unlock()
	if last {
		s.suicide()
	}
	// The object may be gone now.
	return n
}

func (s *msgStore) suicide() {
	s.children = nil
	s.support.Release()
}
