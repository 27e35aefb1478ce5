// Package csupport ports the support wrapper of Microsoft's Sample Wrapped
// PST Store Provider (CSupport): the provider wraps the support object MAPI
// gives it before handing it to the PST provider, answers
// OpenProfileSection for the global section itself, and passes every other
// call (StoreLogoffTransports among them) to the object it wraps. It
// implements StoreLogoffTransports: a support object, no store. The store
// here stands for the PST provider's store, which gets the wrapper as its
// support object and follows the eager protocol.
//
// Correct: silent.
package csupport

import (
	"sync"

	"realistic/mapi"
)

type profSect struct{ uid [16]byte }

// cSupport wraps MAPI's support object.
type cSupport struct {
	mu         sync.Mutex
	cRef       uint32
	inner      mapi.Support
	globalProf *profSect
}

func newCSupport(inner mapi.Support, prof *profSect) *cSupport {
	inner.AddRef()
	return &cSupport{cRef: 1, inner: inner, globalProf: prof}
}

func (c *cSupport) OpenProfileSection(uid *[16]byte) *profSect {
	if uid != nil && *uid == c.globalProf.uid {
		return c.globalProf
	}
	return &profSect{}
}

func (c *cSupport) StoreLogoffTransports(lpulFlags *uint32) error {
	return c.inner.StoreLogoffTransports(lpulFlags)
}

func (c *cSupport) Unsubscribe(conn uint32) error { return c.inner.Unsubscribe(conn) }

func (c *cSupport) AddRef() uint32 {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.cRef++
	return c.cRef
}

func (c *cSupport) Release() uint32 {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.cRef--
	if c.cRef == 0 {
		c.inner.Release()
	}
	return c.cRef
}

// pstStore is the PST provider's store, logged on with the wrapper.
type pstStore struct {
	mu        sync.Mutex
	cRef      uint32
	support   mapi.Support
	loggedOff bool
}

func logonPST(sup mapi.Support, prof *profSect) *pstStore {
	return &pstStore{cRef: 1, support: newCSupport(sup, prof)}
}

func (s *pstStore) StoreLogoff(lpulFlags *uint32) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *pstStore) Release() uint32 {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.cRef--
	if s.cRef > 0 {
		return s.cRef
	}
	if !s.loggedOff {
		flags := uint32(mapi.LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	s.support.Release()
	return 0
}

var _ = logonPST
