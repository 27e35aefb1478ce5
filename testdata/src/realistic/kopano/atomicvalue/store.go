// Package atomicvalue is Kopano's ECMsgStore (kopano-core,
// provider/client/ECMsgStore.cpp) fixed with its connection state in an
// atomic.Value (the store publishes it for its notification goroutine):
// StoreLogoff stores the "logged off" state right after
// StoreLogoffTransports, and the final Release loads it to decide whether
// it must abort the transports.
//
// Correct: silent.
//
// ISSUE12: family 3. The tracking state is an atomic.Value StoreLogoff
// stores into; Release's test of what it loads is the guard.
package atomicvalue

import (
	"sync/atomic"

	"realistic/mapi"
)

type connState string

const (
	stateOnline    connState = "online"
	stateLoggedOff connState = "logged-off"
)

type msgStore struct {
	refs    atomic.Int32
	support mapi.Support
	state   atomic.Value // connState
}

func newMsgStore(sup mapi.Support) *msgStore {
	s := &msgStore{support: sup}
	s.refs.Store(1)
	s.state.Store(stateOnline)
	return s
}

func (s *msgStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.state.Store(stateLoggedOff)
	return err
}

func (s *msgStore) Release() uint32 {
	if n := s.refs.Add(-1); n > 0 {
		return uint32(n)
	}
	if s.state.Load() != stateLoggedOff {
		flags := uint32(mapi.LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

var _ = newMsgStore
