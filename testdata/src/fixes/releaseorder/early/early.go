// Package early holds stores without a reference count (every Release path
// is final) whose Release returns early without releasing the support
// object. The suggested fix inserts the support release before each such
// return; early.go.golden is the fixed source.
package early

import (
	"errors"
	"log"
)

// flushStore gives up when flushing the inbox fails and returns without
// releasing the support object. RO2 at that return.
type flushStore struct {
	support   Support
	inbox     *folder
	loggedOff bool
}

func (s *flushStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *flushStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	if err := flush(s.inbox); err != nil {
		log.Printf("store: flush: %v", err)
		return 0 // want `Release returns here without releasing the support object s\.support`
	}
	return s.support.Release()
}

// logon is the per-logon state that holds the support object.
type logon struct {
	sup  Support
	name string
}

// nestedStore names its receiver ms and keeps the support object in a
// nested field; the early return sits in a case clause. RO2 there: the fix
// spells the support object as ms.logon.sup.
type nestedStore struct {
	logon     logon
	inbox     *folder
	loggedOff bool
}

func (ms *nestedStore) StoreLogoff(lpulFlags *uint32) error {
	err := ms.logon.sup.StoreLogoffTransports(lpulFlags)
	ms.loggedOff = true
	return err
}

func (ms *nestedStore) Release() uint32 {
	if !ms.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		ms.logon.sup.StoreLogoffTransports(&flags)
	}
	switch {
	case ms.inbox != nil:
		ms.inbox.Release()
		return 0 // want `Release returns here without releasing the support object ms\.logon\.sup`
	default:
		return ms.logon.sup.Release()
	}
}

// twoExitStore has two early returns that skip the support release, one in
// a loop. RO2 at both; each gets its own fix.
type twoExitStore struct {
	support   Support
	folders   []*folder
	readOnly  bool
	loggedOff bool
}

func (s *twoExitStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *twoExitStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	if s.readOnly {
		return 0 // want `Release returns here without releasing the support object s\.support`
	}
	for _, f := range s.folders {
		if err := flush(f); err != nil {
			log.Printf("store: flush: %v", err)
			return 0 // want `Release returns here without releasing the support object s\.support`
		}
	}
	return s.support.Release()
}

// countStore returns the number of folders it could not close as its
// result on an early final path. RO2 at that return: the release goes
// before the return statement, whose expression is kept.
type countStore struct {
	support   Support
	folders   []*folder
	loggedOff bool
}

func (s *countStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *countStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	if len(s.folders) > 0 {
		log.Printf("store: %d folders still open", len(s.folders))
		return uint32(len(s.folders)) // want `Release returns here without releasing the support object s\.support`
	}
	s.support.Release()
	return 0
}

// errShutdown is what closeStore's Close returns when a folder is busy.
var errShutdown = errors.New("store: folder busy at shutdown")

// closeStore's release method is Close() error, marked with the directive;
// the early error return skips the support release. RO2 there.
type closeStore struct {
	support   Support
	inbox     *folder
	busy      bool
	loggedOff bool
}

func (s *closeStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

// Close is the store's final release.
//
//mapilint:release
func (s *closeStore) Close() error {
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	if s.busy {
		return errShutdown // want `returns here without releasing the support object s\.support`
	}
	s.inbox.Release()
	s.support.Release()
	return nil
}
