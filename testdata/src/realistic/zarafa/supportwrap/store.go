// Package supportwrap ports Zarafa 7.0's ECMAPISupport (zarafa-debian,
// provider/client/ECMAPISupport.cpp): a wrapper around the support object
// MAPI gives the provider, which takes a reference on it when built,
// forwards every method (StoreLogoffTransports among them) and releases it
// when its own count reaches zero. It implements StoreLogoffTransports: it
// is a support object, not a store. The store holds the wrapper as its
// support object and follows the eager protocol.
//
// Correct: silent.
package supportwrap

import (
	"sync"

	"realistic/mapi"
)

// ecMAPISupport wraps MAPI's support object.
type ecMAPISupport struct {
	mu    sync.Mutex
	refs  uint32
	inner mapi.Support
}

func newECMAPISupport(inner mapi.Support) *ecMAPISupport {
	inner.AddRef()
	return &ecMAPISupport{refs: 1, inner: inner}
}

func (w *ecMAPISupport) StoreLogoffTransports(lpulFlags *uint32) error {
	return w.inner.StoreLogoffTransports(lpulFlags)
}

func (w *ecMAPISupport) Unsubscribe(conn uint32) error { return w.inner.Unsubscribe(conn) }

func (w *ecMAPISupport) AddRef() uint32 {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.refs++
	return w.refs
}

func (w *ecMAPISupport) Release() uint32 {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.refs--
	if w.refs == 0 {
		w.inner.Release()
		w.inner = nil
	}
	return w.refs
}

type msgStore struct {
	refs      uint32
	support   *ecMAPISupport
	loggedOff bool
}

func newMsgStore(sup mapi.Support) *msgStore {
	return &msgStore{refs: 1, support: newECMAPISupport(sup)}
}

func (s *msgStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *msgStore) Release() uint32 {
	s.refs--
	if s.refs != 0 {
		return s.refs
	}
	if !s.loggedOff {
		flags := uint32(mapi.LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

var _ = newMsgStore
