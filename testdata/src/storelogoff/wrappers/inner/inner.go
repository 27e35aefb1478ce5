// Package inner is another provider: a correct store that the wrappers of
// package wrappers sit in front of.
package inner

// Support is this provider's view of IMAPISupport.
type Support interface {
	StoreLogoffTransports(lpulFlags *uint32) error
	Release() uint32
}

const logoffAbort = 0x8

// MsgStore does the eager protocol. Silent.
type MsgStore struct {
	sup       Support
	loggedOff bool
}

// New returns a store holding sup.
func New(sup Support) *MsgStore { return &MsgStore{sup: sup} }

func (s *MsgStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.sup.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *MsgStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(logoffAbort)
		s.sup.StoreLogoffTransports(&flags)
	}
	return s.sup.Release()
}
