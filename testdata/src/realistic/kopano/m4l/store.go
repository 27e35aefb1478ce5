// Package m4l ports the support object of Kopano's MAPI for Linux
// (kopano-core, mapi4linux: M4LMAPISupport) with the store that uses it.
// On Linux there is no spooler and no transport to log off: the support
// object's StoreLogoffTransports answers MAPI_E_NO_SUPPORT (the default the
// interface header gives), and its destructor frees its advises. A type
// that implements StoreLogoffTransports is a support object, not a store,
// even when it also has StoreLogoff and Release, like the test double
// below that plays both roles. The store follows the eager protocol and
// tolerates MAPI_E_NO_SUPPORT.
//
// Correct: silent.
package m4l

import (
	"errors"
	"sync"

	"realistic/mapi"
)

// m4lSupport is M4LMAPISupport.
type m4lSupport struct {
	mu      sync.Mutex
	refs    int32
	advises map[uint32]string
}

func (s *m4lSupport) StoreLogoffTransports(lpulFlags *uint32) error { return mapi.ErrNoSupport }

func (s *m4lSupport) Unsubscribe(conn uint32) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.advises, conn)
	return nil
}

func (s *m4lSupport) AddRef() uint32 {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.refs++
	return uint32(s.refs)
}

func (s *m4lSupport) Release() uint32 {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.refs--
	if s.refs == 0 {
		s.advises = nil
	}
	return uint32(s.refs)
}

// fakeStoreSupport is a test double that is at once a store and its own
// support object; it implements StoreLogoffTransports, so it is no store.
type fakeStoreSupport struct {
	calls []uint32
	refs  int32
}

func (f *fakeStoreSupport) StoreLogoffTransports(lpulFlags *uint32) error {
	f.calls = append(f.calls, *lpulFlags)
	return nil
}

func (f *fakeStoreSupport) StoreLogoff(lpulFlags *uint32) error { return nil }

func (f *fakeStoreSupport) Release() uint32 {
	f.refs--
	return uint32(f.refs)
}

// msgStore is the store a Linux client opens through MAPI for Linux.
type msgStore struct {
	mu        sync.Mutex
	refs      int32
	support   mapi.Support
	loggedOff bool
}

func (s *msgStore) StoreLogoff(lpulFlags *uint32) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	if errors.Is(err, mapi.ErrNoSupport) {
		return nil
	}
	return err
}

func (s *msgStore) Release() uint32 {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.refs--
	if s.refs > 0 {
		return uint32(s.refs)
	}
	if !s.loggedOff {
		flags := uint32(mapi.LOGOFF_ABORT)
		_ = s.support.StoreLogoffTransports(&flags)
	}
	s.support.Release()
	return 0
}

var _ mapi.Support = (*m4lSupport)(nil)
