// Package helpers exercises releaseorder when the support release happens in
// a same-package helper (method, free function or closure), which the engine
// follows through summaries, and when it is handed to a callee it cannot see.
package helpers

import "log"

// releaseSupport is a free helper that releases whatever it is given.
func releaseSupport(sup Support) uint32 {
	return sup.Release()
}

// abortTransports tells the transports to abort.
func abortTransports(sup Support) {
	flags := uint32(LOGOFF_ABORT)
	sup.StoreLogoffTransports(&flags)
}

// methodHelperStore releases the support object in a teardown method.
// Correct: silent.
type methodHelperStore struct {
	support   Support
	inbox     *folder
	loggedOff bool
}

func (s *methodHelperStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *methodHelperStore) teardown() {
	s.inbox.Release()
	s.support.Release()
}

func (s *methodHelperStore) Release() uint32 {
	if !s.loggedOff {
		abortTransports(s.support)
	}
	s.teardown()
	return 0
}

// funcHelperStore passes its support object to a free helper that releases
// it. Correct: silent.
type funcHelperStore struct {
	support   Support
	loggedOff bool
}

func (s *funcHelperStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *funcHelperStore) Release() uint32 {
	if !s.loggedOff {
		abortTransports(s.support)
	}
	return releaseSupport(s.support)
}

// closureStore releases through a local closure. Correct: silent.
type closureStore struct {
	support   Support
	inbox     *folder
	loggedOff bool
}

func (s *closureStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *closureStore) Release() uint32 {
	done := func() uint32 {
		s.inbox.Release()
		return s.support.Release()
	}
	if !s.loggedOff {
		abortTransports(s.support)
	}
	return done()
}

// condHelperStore's teardown releases the support object only when the
// inbox is open, so the path through the helper that skips it reaches the
// return without a release. RO2 at that return.
type condHelperStore struct {
	support   Support
	inbox     *folder
	loggedOff bool
}

func (s *condHelperStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *condHelperStore) teardown() {
	if s.inbox != nil {
		s.inbox.Release()
		s.support.Release()
	}
}

func (s *condHelperStore) Release() uint32 {
	if !s.loggedOff {
		abortTransports(s.support)
	}
	s.teardown()
	return 0 // want `Release returns here without releasing the support object s\.support`
}

// doubleHelperStore's teardown already releases the support object and
// Release releases it again. RO4 at the direct (second) release.
type doubleHelperStore struct {
	support   Support
	inbox     *folder
	loggedOff bool
}

func (s *doubleHelperStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *doubleHelperStore) teardown() {
	s.inbox.Release()
	releaseSupport(s.support)
}

func (s *doubleHelperStore) Release() uint32 {
	if !s.loggedOff {
		abortTransports(s.support)
	}
	s.teardown()
	return s.support.Release() // want `the support object s\.support may be released twice on this path`
}

// logHelperStore's helper only logs: nothing releases the support object.
// RO1 at the function name.
type logHelperStore struct {
	support   Support
	loggedOff bool
}

func (s *logHelperStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *logHelperStore) trace(what string) {
	log.Printf("store %p: %s", s, what)
}

func (s *logHelperStore) Release() uint32 { // want `Release never releases the support object s\.support`
	if !s.loggedOff {
		abortTransports(s.support)
	}
	s.trace("release")
	return 0
}

// hookStore hands its support object to a hook the engine cannot resolve
// (dynamic call through a func field). The analyzer cannot prove a
// violation, so it stays silent.
type hookStore struct {
	support   Support
	onClose   func(Support) uint32
	loggedOff bool
}

func (s *hookStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *hookStore) Release() uint32 {
	if !s.loggedOff {
		abortTransports(s.support)
	}
	return s.onClose(s.support)
}

// recStore releases through a recursive helper (recursion is cut off, the
// helper's summary still says "releases"). Correct: silent.
type recStore struct {
	support   Support
	children  []*recStore
	loggedOff bool
}

func (s *recStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *recStore) closeTree(depth int) {
	if depth < len(s.children) {
		s.closeTree(depth + 1)
		return
	}
	s.support.Release()
}

func (s *recStore) Release() uint32 {
	if !s.loggedOff {
		abortTransports(s.support)
	}
	s.closeTree(0)
	return 0
}
