// Package ptrstate checks StoreLogoff through helpers of another package
// that receive the store's flag by pointer: the helper's paths are judged
// by the value the flag has when StoreLogoff calls it (false the first
// time, true on a second, idempotent call).
package ptrstate

import "storelogoff/ptrstate/shutdown"

// onceStore's StoreLogoff is shutdown.Logoff, which returns early on a
// second call. Correct twin: silent.
type onceStore struct {
	support   shutdown.Support
	loggedOff bool
}

func (s *onceStore) StoreLogoff(lpulFlags *uint32) error {
	return shutdown.Logoff(s.support, lpulFlags, &s.loggedOff)
}

func (s *onceStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(0x8)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

// invertedStore's helper returns early on the first call. Broken twin:
// reported at the return.
type invertedStore struct {
	support   shutdown.Support
	loggedOff bool
}

func (s *invertedStore) StoreLogoff(lpulFlags *uint32) error {
	return shutdown.LogoffInverted(s.support, lpulFlags, &s.loggedOff) // want `StoreLogoff returns here without calling s.support.StoreLogoffTransports`
}

func (s *invertedStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(0x8)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

// getterStore tests its flag through shutdown.IsSet, a getter of another
// package, and sets it through MarkDone: a second StoreLogoff returns
// early. Correct twin: silent.
type getterStore struct {
	support   shutdown.Support
	loggedOff bool
}

func (s *getterStore) StoreLogoff(lpulFlags *uint32) error {
	if shutdown.IsSet(&s.loggedOff) {
		return nil
	}
	err := s.support.StoreLogoffTransports(lpulFlags)
	shutdown.MarkDone(&s.loggedOff)
	return err
}

func (s *getterStore) Release() uint32 {
	if !shutdown.IsSet(&s.loggedOff) {
		flags := uint32(0x8)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

// backwardsGetterStore returns early the first time. Broken twin.
type backwardsGetterStore struct {
	support   shutdown.Support
	loggedOff bool
}

func (s *backwardsGetterStore) StoreLogoff(lpulFlags *uint32) error {
	if !shutdown.IsSet(&s.loggedOff) {
		return nil // want `StoreLogoff returns here without calling s.support.StoreLogoffTransports`
	}
	err := s.support.StoreLogoffTransports(lpulFlags)
	shutdown.MarkDone(&s.loggedOff)
	return err
}

func (s *backwardsGetterStore) Release() uint32 {
	if !shutdown.IsSet(&s.loggedOff) {
		flags := uint32(0x8)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}
