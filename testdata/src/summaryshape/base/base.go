// Package base is a correct store meant to be embedded or held by stores
// of other packages, which call its methods. Its methods take a value of a
// store's shape (their receiver), so they get a Summary fact that speaks
// of the support object the store holds. Silent.
package base

const LOGOFF_ABORT = 0x00000008

// Support is the support object's shape.
type Support interface {
	StoreLogoffTransports(lpulFlags *uint32) error
	Release() uint32
}

// Base is a store.
type Base struct {
	Support   Support
	loggedOff bool
}

func (s *Base) StoreLogoff(lpulFlags *uint32) error {
	err := s.Support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *Base) Release() uint32 {
	return s.Shutdown()
}

// Shutdown completes the logoff and releases the support object.
func (s *Base) Shutdown() uint32 {
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.Support.StoreLogoffTransports(&flags)
	}
	return s.Support.Release()
}
