// Package bool exercises abortflag under the eager protocol with the
// simplest tracking state: a bool field StoreLogoff sets after calling
// StoreLogoffTransports. No store here is reference counted, so every
// Release path is final.
package bool

import (
	"log"
	"sync"
)

// okStore aborts the transports exactly when StoreLogoff did not run.
// Correct: silent.
type okStore struct {
	support   Support
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
	return s.support.Release()
}

// earlyOkStore returns early when StoreLogoff already ran and aborts on the
// fall-through path. Correct: silent.
type earlyOkStore struct {
	support   Support
	loggedOff bool
}

func (s *earlyOkStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *earlyOkStore) Release() uint32 {
	if s.loggedOff {
		return s.support.Release()
	}
	flags := uint32(LOGOFF_ABORT)
	s.support.StoreLogoffTransports(&flags)
	return s.support.Release()
}

// lockedStore holds a mutex and releases the support object with defer; the
// guarded abort runs before the deferred release. Correct: silent.
type lockedStore struct {
	mu        sync.Mutex
	support   Support
	loggedOff bool
}

func (s *lockedStore) StoreLogoff(lpulFlags *uint32) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *lockedStore) Release() uint32 {
	s.mu.Lock()
	defer s.mu.Unlock()
	defer s.support.Release()
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return 0
}

// noAbortStore just forwards to the support object: a client that never
// calls StoreLogoff leaves the transports running. AF1 at the function name.
type noAbortStore struct {
	support   Support
	loggedOff bool
}

func (s *noAbortStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *noAbortStore) Release() uint32 { // want `Release does not call s\.support\.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	return s.support.Release()
}

// partialStore only aborts when it still has an inbox open, so the final
// path with no inbox and no StoreLogoff misses the call. AF1 at the name.
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

// unguardedStore always aborts, even after StoreLogoff. AF2 at the call.
type unguardedStore struct {
	support   Support
	loggedOff bool
}

func (s *unguardedStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *unguardedStore) Release() uint32 {
	flags := uint32(LOGOFF_ABORT)
	s.support.StoreLogoffTransports(&flags) // want `StoreLogoffTransports here is not guarded by the state StoreLogoff sets, so it runs a second time after StoreLogoff`
	return s.support.Release()
}

// invertedStore tests the state the wrong way round: it aborts only after
// StoreLogoff (AF2 at the call) and never when StoreLogoff did not run (AF1
// at the function name).
type invertedStore struct {
	support   Support
	loggedOff bool
}

func (s *invertedStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *invertedStore) Release() uint32 { // want `Release does not call s\.support\.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	if s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags) // want `StoreLogoffTransports here is not guarded by the state StoreLogoff sets, so it runs a second time after StoreLogoff`
	}
	return s.support.Release()
}

// noWaitStore passes LOGOFF_NO_WAIT instead of LOGOFF_ABORT. AF3 at the call.
type noWaitStore struct {
	support   Support
	loggedOff bool
}

func (s *noWaitStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *noWaitStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(LOGOFF_NO_WAIT)
		s.support.StoreLogoffTransports(&flags) // want `Release passes 0x1 \(LOGOFF_NO_WAIT\) to StoreLogoffTransports; it must pass LOGOFF_ABORT \(0x8\)`
	}
	return s.support.Release()
}

// literalStore passes a literal 1 (LOGOFF_ABORT mistaken for 0x1, or the
// transport-side LOGOFF_NORMAL). AF3 at the call, named by value.
type literalStore struct {
	support   Support
	loggedOff bool
}

func (s *literalStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *literalStore) Release() uint32 {
	if !s.loggedOff {
		var flags uint32 = 1
		s.support.StoreLogoffTransports(&flags) // want `Release passes 0x1 \(LOGOFF_NO_WAIT\) to StoreLogoffTransports; it must pass LOGOFF_ABORT \(0x8\)`
	}
	return s.support.Release()
}

// completeStore passes an output bit, LOGOFF_COMPLETE. AF3 at the call.
type completeStore struct {
	support   Support
	loggedOff bool
}

func (s *completeStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *completeStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(LOGOFF_COMPLETE)
		s.support.StoreLogoffTransports(&flags) // want `Release passes 0x10000 \(LOGOFF_COMPLETE\) to StoreLogoffTransports; it must pass LOGOFF_ABORT \(0x8\)`
	}
	return s.support.Release()
}

// zeroStore passes a zero-valued variable. AF3 at the call, hex only.
type zeroStore struct {
	support   Support
	loggedOff bool
}

func (s *zeroStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *zeroStore) Release() uint32 {
	if !s.loggedOff {
		var flags uint32
		s.support.StoreLogoffTransports(&flags) // want `Release passes 0x0 to StoreLogoffTransports; it must pass LOGOFF_ABORT \(0x8\)`
	}
	return s.support.Release()
}

// comboStore combines LOGOFF_ABORT with another input flag; input flags are
// mutually exclusive, so 0x9 is not abort. AF3 at the call, hex only.
type comboStore struct {
	support   Support
	loggedOff bool
}

func (s *comboStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *comboStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT | LOGOFF_NO_WAIT)
		s.support.StoreLogoffTransports(&flags) // want `Release passes 0x9 to StoreLogoffTransports; it must pass LOGOFF_ABORT \(0x8\)`
	}
	return s.support.Release()
}

// retryStore retries the abort when it fails, calling it twice on that
// path. AF4 at the retry.
type retryStore struct {
	support   Support
	loggedOff bool
}

func (s *retryStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *retryStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		if err := s.support.StoreLogoffTransports(&flags); err != nil {
			log.Printf("store: abort transports: %v; retrying", err)
			s.support.StoreLogoffTransports(&flags) // want `s\.support\.StoreLogoffTransports may be called twice on this path`
		}
	}
	return s.support.Release()
}

// closedStore guards the abort with its own closed flag, which only Release
// sets; StoreLogoff sets loggedOff. AF5 at the guard.
type closedStore struct {
	support   Support
	loggedOff bool
	closed    bool
}

func (s *closedStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *closedStore) Release() uint32 {
	if !s.closed { // want `this guard tests s\.closed, which StoreLogoff never sets`
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	s.closed = true
	return s.support.Release()
}

// statusTable has a support object and a Release but no StoreLogoff: it is
// not a store, so a Release without any abort call is silent.
type statusTable struct {
	support Support
	rows    []string
}

func (t *statusTable) Release() uint32 {
	t.rows = nil
	return t.support.Release()
}
