// Package stateobj ports Zarafa 7's ECMsgStore (zarafa-debian,
// provider/client/ECMsgStore.cpp), fixed to the eager protocol, with the
// store's session state behind an interface (the store shares it with its
// offline/online switch, ECMSProviderSwitch): StoreLogoff moves the state
// to "logged off" through a method right after StoreLogoffTransports, and
// the final Release asks the state object whether it is there.
//
// Correct: silent.
//
// ISSUE12: family 3. The tracking state is kept by a state object and read
// through its methods (interface calls).
package stateobj

import (
	"sync"

	"realistic/mapi"
)

type sessionState int

const (
	stateOnline sessionState = iota
	stateOffline
	stateLoggedOff
)

// stateMachine is the state the store shares with its provider switch.
type stateMachine interface {
	Transition(to sessionState)
	Current() sessionState
}

type sharedState struct {
	mu  sync.Mutex
	cur sessionState
}

func (m *sharedState) Transition(to sessionState) {
	m.mu.Lock()
	m.cur = to
	m.mu.Unlock()
}

func (m *sharedState) Current() sessionState {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.cur
}

type msgStore struct {
	refs    uint32
	support mapi.Support
	state   stateMachine
}

func newMsgStore(sup mapi.Support) *msgStore {
	return &msgStore{refs: 1, support: sup, state: &sharedState{}}
}

func (s *msgStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.state.Transition(stateLoggedOff)
	return err
}

func (s *msgStore) Release() uint32 {
	s.refs--
	if s.refs != 0 {
		return s.refs
	}
	if s.state.Current() != stateLoggedOff {
		flags := uint32(mapi.LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

var _ = newMsgStore
