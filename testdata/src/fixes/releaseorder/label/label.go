// Package label has a missing support release at a labelled return that a
// goto reaches: the fix goes after the label, so the goto runs it too.
package label

// Support is the part of IMAPISupport the store uses.
type Support interface {
	StoreLogoffTransports(lpulFlags *uint32) error
	Release() uint32
}

type store struct {
	support Support
	broken  bool
}

func (s *store) StoreLogoff(lpulFlags *uint32) error {
	return s.support.StoreLogoffTransports(lpulFlags)
}

func (s *store) Release() uint32 {
	if s.broken {
		goto done
	}
	return s.support.Release()
done:
	return 0 // want `Release returns here without releasing the support object s\.support`
}
