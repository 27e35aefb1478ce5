package ptrstate

import "abortflag/ptrstate/shutdown"

// helperStore leaves both halves to the shutdown helpers. Correct twin:
// silent.
type helperStore struct {
	refs      uint32
	support   Support
	loggedOff bool
}

func (s *helperStore) StoreLogoff(lpulFlags *uint32) error {
	return shutdown.Logoff(s.support, lpulFlags, &s.loggedOff)
}

func (s *helperStore) Release() uint32 {
	s.refs--
	if s.refs != 0 {
		return s.refs
	}
	shutdown.Abort(s.support, &s.loggedOff)
	return s.support.Release()
}

// alwaysStore's Release aborts through a helper that ignores the flag.
// Broken twin: reported at the helper's call.
type alwaysStore struct {
	support   Support
	loggedOff bool
}

func (s *alwaysStore) StoreLogoff(lpulFlags *uint32) error {
	return shutdown.Logoff(s.support, lpulFlags, &s.loggedOff)
}

func (s *alwaysStore) Release() uint32 {
	shutdown.AbortAlways(s.support, &s.loggedOff) // want `StoreLogoffTransports here is not guarded by the state StoreLogoff sets, so it runs a second time after StoreLogoff`
	return s.support.Release()
}

// markStore logs off itself and records it through MarkDone, a helper
// with no support object; Release tests the field. Correct twin: silent.
type markStore struct {
	support Support
	done    bool
}

func (s *markStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	shutdown.MarkDone(&s.done)
	return err
}

func (s *markStore) Release() uint32 {
	if !s.done {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

// invertedStore tests the field MarkDone set the wrong way round. Broken
// twin: the call runs after StoreLogoff, and not on a final path before.
type invertedStore struct {
	support Support
	done    bool
}

func (s *invertedStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	shutdown.MarkDone(&s.done)
	return err
}

func (s *invertedStore) Release() uint32 { // want `Release does not call s.support.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	if s.done {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags) // want `StoreLogoffTransports here is not guarded by the state StoreLogoff sets, so it runs a second time after StoreLogoff`
	}
	return s.support.Release()
}

// wordStore keeps an integer state word that Finish writes; Release
// tests it itself. Correct twin: silent.
type wordStore struct {
	support Support
	state   int32
}

func (s *wordStore) StoreLogoff(lpulFlags *uint32) error {
	return shutdown.Finish(s.support, lpulFlags, &s.state)
}

func (s *wordStore) Release() uint32 {
	if s.state != shutdown.Closed {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

// wordInvertedStore tests the state word the wrong way round. Broken
// twin: reported.
type wordInvertedStore struct {
	support Support
	state   int32
}

func (s *wordInvertedStore) StoreLogoff(lpulFlags *uint32) error {
	return shutdown.Finish(s.support, lpulFlags, &s.state)
}

func (s *wordInvertedStore) Release() uint32 { // want `Release does not call s.support.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	if s.state == shutdown.Closed {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags) // want `StoreLogoffTransports here is not guarded by the state StoreLogoff sets, so it runs a second time after StoreLogoff`
	}
	return s.support.Release()
}

// openStore leaves the test of its state word to AbortOpen, whose test of
// an integer it cannot value: silent, right or wrong.
type openStore struct {
	support Support
	state   int32
}

func (s *openStore) StoreLogoff(lpulFlags *uint32) error {
	return shutdown.Finish(s.support, lpulFlags, &s.state)
}

func (s *openStore) Release() uint32 {
	shutdown.AbortOpen(s.support, &s.state)
	return s.support.Release()
}

// localStore hands Abort a local flag, not its state: what Abort does
// depends on nothing the engine can tie to StoreLogoff. Silent.
type localStore struct {
	support   Support
	loggedOff bool
}

func (s *localStore) StoreLogoff(lpulFlags *uint32) error {
	return shutdown.Logoff(s.support, lpulFlags, &s.loggedOff)
}

func (s *localStore) Release() uint32 {
	done := s.loggedOff
	shutdown.Abort(s.support, &done)
	return s.support.Release()
}
