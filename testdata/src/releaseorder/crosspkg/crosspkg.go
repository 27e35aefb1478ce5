// Package crosspkg exercises releaseorder when the support release happens
// in a helper from another package (releaseorder/crosspkg/comutil), known
// through analysis facts.
package crosspkg

import "releaseorder/crosspkg/comutil"

// safeStore releases its support object with comutil.ReleaseAndLog.
// Correct: silent.
type safeStore struct {
	support   Support
	loggedOff bool
}

func (s *safeStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *safeStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return comutil.ReleaseAndLog(s.support)
}

// traceStore only hands its support object to comutil.Trace, whose fact says
// it does not release it. RO1 at the function name.
type traceStore struct {
	support   Support
	loggedOff bool
}

func (s *traceStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *traceStore) Release() uint32 { // want `Release never releases the support object s\.support`
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	comutil.Trace(s.support)
	return 0
}
