// Package releasing: stores whose Release releases the support object
// through helpers of summaryshape/comlib, for the releaseorder pass.
package releasing

import (
	"summaryshape/base"
	"summaryshape/comlib"
)

const LOGOFF_ABORT = 0x00000008

// Support is the provider's view of IMAPISupport.
type Support = comlib.Support

// twiceStore releases the support object with comlib.ReleaseSupport, whose
// Summary is followed, and then once more.
type twiceStore struct {
	support   Support
	loggedOff bool
}

func (s *twiceStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *twiceStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	comlib.ReleaseSupport(s.support)
	return s.support.Release() // want `the support object s\.support may be released twice on this path`
}

// usedStore calls StoreLogoffTransports after comlib.ReleaseSupport.
type usedStore struct {
	support   Support
	loggedOff bool
}

func (s *usedStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *usedStore) Release() uint32 {
	n := comlib.ReleaseSupport(s.support)
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags) // want `s\.support is used after its Release`
	}
	return n
}

// anyStore does the same as twiceStore through comlib.ReleaseAny, which
// takes only a Releaser and has no Summary: unknown code got the support
// object, and what it did is not known. Silent.
type anyStore struct {
	support   Support
	loggedOff bool
}

func (s *anyStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *anyStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	comlib.ReleaseAny(s.support)
	return s.support.Release()
}

// anyUsedStore: usedStore through comlib.ReleaseAny. Silent.
type anyUsedStore struct {
	support   Support
	loggedOff bool
}

func (s *anyUsedStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *anyUsedStore) Release() uint32 {
	n := comlib.ReleaseAny(s.support)
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return n
}

// heldStore holds a store of another package and shuts down through it:
// the Summary of (*base.Base).Shutdown says it releases the support
// object. Silent.
type heldStore struct {
	b *base.Base
}

func (s *heldStore) StoreLogoff(lpulFlags *uint32) error {
	return s.b.Support.StoreLogoffTransports(lpulFlags)
}

func (s *heldStore) Release() uint32 {
	return s.b.Shutdown()
}
