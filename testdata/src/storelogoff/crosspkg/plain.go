package crosspkg

import "storelogoff/plainlib"

// plainStore logs through a utility package that has no MAPI code before
// the call: harmless, silent.
type plainStore struct {
	support Support
}

func (s *plainStore) StoreLogoff(lpulFlags *uint32) error {
	plainlib.Debugf("StoreLogoff(%#x)", *lpulFlags)
	plainlib.Tracef("transports next")
	return s.support.StoreLogoffTransports(lpulFlags)
}

func (s *plainStore) Release() uint32 {
	return s.support.Release()
}

// flushStore flushes through the same package first: that call has effects
// (SL3 at it).
type flushStore struct {
	support Support
}

func (s *flushStore) StoreLogoff(lpulFlags *uint32) error {
	plainlib.Debugf("StoreLogoff")
	plainlib.Flush() // want `call to plainlib\.Flush runs before s\.support\.StoreLogoffTransports; StoreLogoff must begin with that call`
	return s.support.StoreLogoffTransports(lpulFlags)
}

func (s *flushStore) Release() uint32 {
	return s.support.Release()
}
