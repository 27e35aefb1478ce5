// Package untracked holds eager-protocol stores whose Release misses the
// LOGOFF_ABORT call (AF1) but where no mechanical fix exists, so the
// diagnostic carries no suggested fix. There is deliberately no
// untracked.go.golden: analysistest.RunWithSuggestedFixes fails on a file
// that receives edits but has no golden file.
package untracked

import "log"

// untrackedStore keeps no state about StoreLogoff at all: there is nothing
// to guard the abort call with.
type untrackedStore struct {
	support Support
}

func (s *untrackedStore) StoreLogoff(lpulFlags *uint32) error {
	return s.support.StoreLogoffTransports(lpulFlags)
}

func (s *untrackedStore) Release() uint32 { // want `Release does not call s\.support\.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	return s.support.Release()
}

// partialStore aborts on one final path and misses another: it already
// calls StoreLogoffTransports, so where the missing call belongs is a
// judgement the fixer leaves to the developer.
type partialStore struct {
	support   Support
	inbox     *folder
	loggedOff bool
}

func (s *partialStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *partialStore) Release() uint32 { // want `Release does not call s\.support\.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	if !s.loggedOff && s.inbox != nil {
		s.inbox.Release()
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

// leakyStore never releases the support object (releaseorder reports
// that); with no support release there is no place to put the abort call.
type leakyStore struct {
	support   Support
	inbox     *folder
	loggedOff bool
}

func (s *leakyStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *leakyStore) Release() uint32 { // want `Release does not call s\.support\.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	log.Printf("store: releasing")
	return s.inbox.Release()
}
