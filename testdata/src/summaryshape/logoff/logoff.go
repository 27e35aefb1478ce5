// Package logoff: stores whose StoreLogoff calls helpers of
// summaryshape/comlib, for the storelogoff pass.
package logoff

import (
	"summaryshape/base"
	"summaryshape/comlib"
)

const LOGOFF_ABORT = 0x00000008

// Support is the provider's view of IMAPISupport.
type Support = comlib.Support

// Folder is an object the store keeps open.
type Folder interface {
	Close() error
}

// beforeStore closes a folder before comlib.Logoff makes the call: its
// Summary is followed, so the call is known to come second.
type beforeStore struct {
	support   Support
	inbox     Folder
	loggedOff bool
}

func (s *beforeStore) StoreLogoff(lpulFlags *uint32) error {
	s.inbox.Close() // want `call to s\.inbox\.Close runs before s\.support\.StoreLogoffTransports; StoreLogoff must begin with that call`
	err := comlib.Logoff(s.support, lpulFlags)
	s.loggedOff = true
	return err
}

func (s *beforeStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		comlib.Logoff(s.support, &flags)
	}
	return s.support.Release()
}

// twiceStore makes the call twice, both times through comlib.Logoff.
type twiceStore struct {
	support   Support
	loggedOff bool
}

func (s *twiceStore) StoreLogoff(lpulFlags *uint32) error {
	comlib.Logoff(s.support, lpulFlags)
	err := comlib.Logoff(s.support, lpulFlags) // want `s\.support\.StoreLogoffTransports may be called twice on this path`
	s.loggedOff = true
	return err
}

func (s *twiceStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		comlib.Logoff(s.support, &flags)
	}
	return s.support.Release()
}

// anyStore hands its support object to comlib.ShutdownAny, which takes
// only a Releaser: unknown code that gets the support object may make the
// call for all the engine knows, so "never calls" is not said.
type anyStore struct {
	support Support
}

func (s *anyStore) StoreLogoff(lpulFlags *uint32) error {
	comlib.ShutdownAny(s.support)
	return nil
}

func (s *anyStore) Release() uint32 {
	return s.support.Release()
}

// embedStore embeds a store of another package and forwards to it: the
// Summary of (*base.Base).StoreLogoff says it makes the call. Silent.
type embedStore struct {
	*base.Base
	name string
}

func (s *embedStore) StoreLogoff(lpulFlags *uint32) error {
	return s.Base.StoreLogoff(lpulFlags)
}

func (s *embedStore) Release() uint32 {
	s.name = ""
	return s.Base.Release()
}
