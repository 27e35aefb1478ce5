// Package cross is analysed by all three passes at once (see
// internal/report's TestIgnoreAcrossPasses): every directive problem must be
// reported by exactly one of them.
package cross

type store struct {
	support   Support
	inbox     Folder
	cache     Folder
	loggedOff bool
}

func (s *store) StoreLogoff(lpulFlags *uint32) error {
	//mapilint:ignore releaseorder [wrong pass] storelogoff reports the next line
	s.inbox.Close()
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *store) Release() uint32 {
	//mapilint:ignore relaseorder [unknown] misspelt
	//mapilint:ignore
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		//mapilint:ignore abortflag
		s.support.StoreLogoffTransports(&flags)
	}
	if s.cache != nil {
		return 0 //mapilint:ignore releaseorder [silenced] the cache owner releases the support object
	}
	return s.support.Release()
}
