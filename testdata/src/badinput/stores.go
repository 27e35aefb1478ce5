// Package badinput is unusual input around stores: mutual recursion
// between helpers, a generated file, a cgo file, a very large function.
// Generated files are checked like any other: generated COM glue is where
// vtable callbacks live, and the fix belongs in the generator.
package badinput

const LOGOFF_ABORT = 0x8

// Support is the part of IMAPISupport the stores use.
type Support interface {
	StoreLogoffTransports(lpulFlags *uint32) error
	Release() uint32
}

// recStore's Release walks two mutually recursive helpers before the
// guarded abort and the release: correct, silent.
type recStore struct {
	support   Support
	loggedOff bool
	depth     int
}

func (s *recStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *recStore) even(n int) bool {
	if n == 0 {
		return true
	}
	return s.odd(n - 1)
}

func (s *recStore) odd(n int) bool {
	if n == 0 {
		return false
	}
	return s.even(n - 1)
}

func (s *recStore) Release() uint32 {
	_ = s.even(s.depth)
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}
