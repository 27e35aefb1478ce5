// Package global keeps its support object in a package variable: the
// missing release is fixed on it.
package global

// Support is the part of IMAPISupport the store uses.
type Support interface {
	StoreLogoffTransports(lpulFlags *uint32) error
	Release() uint32
}

var theSupport Support

type store struct {
	busy bool
}

func (s *store) StoreLogoff(lpulFlags *uint32) error {
	return theSupport.StoreLogoffTransports(lpulFlags)
}

func (s *store) Release() uint32 {
	if s.busy {
		return 0 // want `Release returns here without releasing the support object theSupport`
	}
	return theSupport.Release()
}
