package badinput

// #include <stdint.h>
// static uint32_t abortFlag(void) { return 8; }
import "C"

// cgoStore takes its abort flag from C: the value is not a Go constant,
// so abortflag cannot judge it and stays silent.
type cgoStore struct {
	support   Support
	loggedOff bool
}

func (s *cgoStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *cgoStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(C.abortFlag())
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}
