// Package storelogoffflag is analysed with
// -storelogoff.harmless=storelogoff/plainlib.Flush: the flag makes the
// otherwise effectful call harmless, so nothing is reported here.
package storelogoffflag

import "storelogoff/plainlib"

// Support is the part of IMAPISupport the store uses.
type Support interface {
	StoreLogoffTransports(lpulFlags *uint32) error
	Release() uint32
}

type store struct {
	support Support
}

func (s *store) StoreLogoff(lpulFlags *uint32) error {
	plainlib.Flush()          // harmless by the flag
	plainlib.Spawn(func() {}) // want `call to plainlib\.Spawn runs before s\.support\.StoreLogoffTransports`
	return s.support.StoreLogoffTransports(lpulFlags)
}

func (s *store) Release() uint32 {
	return s.support.Release()
}
