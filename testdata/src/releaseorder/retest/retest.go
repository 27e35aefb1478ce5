// Package retest exercises releaseorder when Release tests one store field
// StoreLogoff never writes at two places: Go reads the same value at both,
// so a path that went one way at the first test goes the same way at the
// second, and the paths where the tests disagree do not exist.
package retest

import (
	"log"
	"sync/atomic"
)

// ownedStore releases its support object once on either value of owned,
// in two halves. Correct: silent.
type ownedStore struct {
	support   Support
	loggedOff bool
	owned     bool
}

func (s *ownedStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *ownedStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	if s.owned {
		log.Printf("store: releasing an owned support object")
		s.support.Release()
	}
	if !s.owned {
		s.support.Release()
	}
	return 0
}

// verboseStore logs before and after the release under the same flag; the
// support object is released once whatever the flag. Correct: silent.
type verboseStore struct {
	support   Support
	loggedOff bool
	verbose   bool
}

func (s *verboseStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *verboseStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	if s.verbose {
		log.Printf("store: release")
	}
	s.support.Release()
	if s.verbose {
		log.Printf("store: released")
		return 0
	}
	return 0
}

// atomicStore keeps the flag in an atomic.Bool, loaded twice. Correct:
// silent.
type atomicStore struct {
	support   Support
	loggedOff bool
	shared    atomic.Bool
}

func (s *atomicStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *atomicStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	if !s.shared.Load() {
		s.support.Release()
	}
	if s.shared.Load() {
		s.support.Release()
	}
	return 0
}

// leakyStore tests owned twice the same way, so a store that does not own
// its support object never releases it. Violation at the return.
type leakyStore struct {
	support   Support
	loggedOff bool
	owned     bool
}

func (s *leakyStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *leakyStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	if s.owned {
		log.Printf("store: releasing an owned support object")
	}
	if s.owned {
		s.support.Release()
	}
	return 0 // want `Release returns here without releasing the support object s\.support`
}

// rewrittenStore writes the field between the tests, so the second test
// reads what was written, not what the first found: when owned was false
// the support object is released twice. Violation at the second release.
type rewrittenStore struct {
	support   Support
	loggedOff bool
	owned     bool
}

func (s *rewrittenStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *rewrittenStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	if !s.owned {
		s.support.Release()
		s.owned = true
	}
	if s.owned {
		s.support.Release() // want `the support object s\.support may be released twice on this path`
	}
	return 0
}
