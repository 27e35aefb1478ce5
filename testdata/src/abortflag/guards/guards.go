// Package guards exercises abortflag's report of a guard on a store field
// StoreLogoff never sets (closed, here) where the guarded abort call is
// reached through a helper, on a later iteration of a loop, or behind a
// second test of the same field.
package guards

// helperStore aborts through a method, guarded by closed. AF5 at the
// guard, as when the call is written inline.
type helperStore struct {
	support   Support
	loggedOff bool
	closed    bool
}

func (s *helperStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *helperStore) abort() {
	flags := uint32(LOGOFF_ABORT)
	s.support.StoreLogoffTransports(&flags)
}

func (s *helperStore) Release() uint32 {
	if !s.closed { // want `this guard tests s\.closed, which StoreLogoff never sets`
		s.abort()
	}
	s.closed = true
	return s.support.Release()
}

// helperOKStore is helperStore guarded by the state StoreLogoff sets.
// Correct: silent.
type helperOKStore struct {
	support   Support
	loggedOff bool
	closed    bool
}

func (s *helperOKStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *helperOKStore) abort() {
	flags := uint32(LOGOFF_ABORT)
	s.support.StoreLogoffTransports(&flags)
}

func (s *helperOKStore) Release() uint32 {
	if !s.loggedOff {
		s.abort()
	}
	s.closed = true
	return s.support.Release()
}

// loopStore tries the abort once per pending operation, unless closed, and
// sets closed when it skips it; on a later iteration the call runs because
// the first test of closed said so (the region of that test ended where the
// if rejoined). AF5 at the guard, not "unguarded" at the call; the call
// can run twice; and with nothing pending it does not run at all.
type loopStore struct {
	support   Support
	loggedOff bool
	closed    bool
	pending   []string
}

func (s *loopStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

// retryAborts is configuration the analyzer cannot know.
var retryAborts bool

func (s *loopStore) Release() uint32 { // want `Release does not call s\.support\.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	flags := uint32(LOGOFF_ABORT)
	for range s.pending {
		if s.closed || retryAborts { // want `this guard tests s\.closed, which StoreLogoff never sets`
			s.support.StoreLogoffTransports(&flags) // want `s\.support\.StoreLogoffTransports may be called twice on this path`
		} else {
			s.closed = true
		}
	}
	return s.support.Release()
}

// retestStore tests closed twice; the abort call's guard is the second
// test, and a path never skips it at one test and takes it at the other.
// AF5 at the second test only.
type retestStore struct {
	support   Support
	loggedOff bool
	closed    bool
	verbose   bool
}

func (s *retestStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *retestStore) Release() uint32 {
	if s.closed {
		s.verbose = false
	}
	if !s.closed { // want `this guard tests s\.closed, which StoreLogoff never sets`
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

// nonFinalStore aborts only while other references remain, under a guard
// on closed: no final path ever aborts. The guard is not reported (it
// guards no call on a final path), and so the final paths it turns away
// from the call are not its report either: AF1.
type nonFinalStore struct {
	support   Support
	refs      int32
	loggedOff bool
	closed    bool
}

func (s *nonFinalStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *nonFinalStore) Release() uint32 { // want `Release does not call s\.support\.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	s.refs--
	if !s.closed {
		if s.refs > 0 {
			flags := uint32(LOGOFF_ABORT)
			s.support.StoreLogoffTransports(&flags)
		}
	}
	if s.refs > 0 {
		return uint32(s.refs)
	}
	return s.support.Release()
}

// nestedStore's guard on closed lets a path through towards the abort
// call, which a second test then skips: that path misses the call (AF1),
// besides the guard's own report.
type nestedStore struct {
	support   Support
	loggedOff bool
	closed    bool
	flushed   func() bool
}

func (s *nestedStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *nestedStore) Release() uint32 { // want `Release does not call s\.support\.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	if !s.closed { // want `this guard tests s\.closed, which StoreLogoff never sets`
		if !s.flushed() {
			flags := uint32(LOGOFF_ABORT)
			s.support.StoreLogoffTransports(&flags)
		}
	}
	return s.support.Release()
}
