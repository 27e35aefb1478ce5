// Package twopaths has a Release with two final paths, each releasing the
// support object: the fix guards an abort call before each release.
package twopaths

const LOGOFF_ABORT = 0x8

// Support is the part of IMAPISupport the store uses.
type Support interface {
	StoreLogoffTransports(lpulFlags *uint32) error
	Release() uint32
}

type folder interface{ Release() uint32 }

type store struct {
	support   Support
	inbox     folder
	loggedOff bool
}

func (s *store) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *store) Release() uint32 { // want `Release does not call s\.support\.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	if s.inbox != nil {
		s.inbox.Release()
		return s.support.Release()
	}
	return s.support.Release()
}
