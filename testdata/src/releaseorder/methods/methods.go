// Package methods exercises releaseorder on stores written as methods on
// plain Go types without a reference count, so every Release path is final.
package methods

import (
	"errors"
	"log"
)

var errBusy = errors.New("folder busy")

// flush writes pending changes of a folder.
func flush(f *folder) error {
	if f.refs > 1 {
		return errBusy
	}
	return nil
}

// okStore is the reference shape: abort the transports if StoreLogoff never
// ran, close what the store owns, release the support object last.
// Correct: silent.
type okStore struct {
	support   Support
	inbox     *folder
	loggedOff bool
}

func (s *okStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *okStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	s.inbox.Release()
	return s.support.Release()
}

// deferStore releases the support object with defer. The deferred call runs
// at the return, after the abort call and after the inbox is closed.
// Correct: silent (the abort call is not a use after release).
type deferStore struct {
	support   Support
	inbox     *folder
	loggedOff bool
}

func (s *deferStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *deferStore) Release() uint32 {
	defer s.support.Release()
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	if s.inbox != nil {
		s.inbox.Release()
		return 0
	}
	return 0
}

// forwardStore forwards Release to the inner folder and never releases the
// support object on any path. RO1 at the function name.
type forwardStore struct {
	support   Support
	inbox     *folder
	loggedOff bool
}

func (s *forwardStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *forwardStore) Release() uint32 { // want `Release never releases the support object s\.support`
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.inbox.Release()
}

// earlyStore has no reference count, so the early return for a store without
// an inbox is a final path that leaks the support object. RO2 at that return.
type earlyStore struct {
	support   Support
	inbox     *folder
	loggedOff bool
}

func (s *earlyStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *earlyStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	if s.inbox == nil {
		return 0 // want `Release returns here without releasing the support object s\.support`
	}
	s.inbox.Release()
	return s.support.Release()
}

// flushStore bails out when flushing fails, skipping the support release on
// that (final) path. RO2 at the error return only; the last return is fine.
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
		log.Printf("store: flush on release: %v", err)
		return 0 // want `Release returns here without releasing the support object s\.support`
	}
	return s.support.Release()
}

// twiceStore releases the support object in its cleanup branch and again at
// the end; on the path through the branch it is released twice. RO4 at the
// second release (and not RO5: a second Release is reported as RO4 only).
type twiceStore struct {
	support   Support
	inbox     *folder
	loggedOff bool
}

func (s *twiceStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *twiceStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	if s.inbox != nil {
		s.inbox.Release()
		s.support.Release()
	}
	return s.support.Release() // want `the support object s\.support may be released twice on this path`
}

// lateStore releases the support object first and only then tells the
// transports to abort: a late StoreLogoffTransports after s.support.Release().
// RO5 at the late call.
type lateStore struct {
	support   Support
	loggedOff bool
}

func (s *lateStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *lateStore) Release() uint32 {
	n := s.support.Release()
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags) // want `s\.support is used after its Release`
	}
	return n
}

// nilStore clears the field after releasing the support object. Writing the
// field is not a use of the released object. Correct: silent.
type nilStore struct {
	support   Support
	loggedOff bool
}

func (s *nilStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *nilStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	n := s.support.Release()
	s.support = nil
	return n
}

// logon holds the support object one level down.
type logon struct {
	sup Support
}

// nestedStore reaches its support object through ms.logon.sup; the message
// names the support expression as written. RO2 at the early return.
type nestedStore struct {
	logon     *logon
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
	if n := ms.inbox.Release(); n != 0 {
		log.Printf("store: inbox still has %d references", n)
		return 0 // want `Release returns here without releasing the support object ms\.logon\.sup`
	}
	return ms.logon.sup.Release()
}

// gSupport is a provider-wide support object kept in a package variable.
var gSupport Support

// globalStore uses the package-level support object. Correct: silent.
type globalStore struct {
	loggedOff bool
}

func (s *globalStore) StoreLogoff(lpulFlags *uint32) error {
	err := gSupport.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *globalStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		gSupport.StoreLogoffTransports(&flags)
	}
	return gSupport.Release()
}

// table has Release but no StoreLogoff: it is not a store, so a Release that
// never releases anything (not even its support field) is silent.
type table struct {
	support Support
	rows    [][]byte
}

func (t *table) Release() uint32 {
	t.rows = nil
	return 0
}

// fakeSupport implements StoreLogoffTransports, so it is a support object (a
// test double), not a store, although it also has StoreLogoff and Release.
// Silent.
type fakeSupport struct {
	calls int
	refs  uint32
}

var _ Support = (*fakeSupport)(nil)

func (f *fakeSupport) StoreLogoffTransports(lpulFlags *uint32) error {
	f.calls++
	*lpulFlags |= LOGOFF_COMPLETE
	return nil
}

func (f *fakeSupport) StoreLogoff(lpulFlags *uint32) error {
	return nil
}

func (f *fakeSupport) Release() uint32 {
	f.refs--
	return f.refs
}
