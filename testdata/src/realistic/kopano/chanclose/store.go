// Package chanclose is Kopano's ECMsgStore (kopano-core,
// provider/client/ECMsgStore.cpp) fixed in the style of a Go service: the
// store has a done channel that StoreLogoff closes (under a sync.Once)
// right after StoreLogoffTransports, so that the notification goroutine and
// anything else waiting on the store can see the logoff; the final Release
// looks at the channel to decide whether it must abort the transports.
//
// Correct: silent.
//
// ISSUE12: family 3. The tracking state is a channel StoreLogoff closes;
// Release's select on it is the guard.
package chanclose

import (
	"sync"
	"sync/atomic"

	"realistic/mapi"
)

type msgStore struct {
	refs      int32
	support   mapi.Support
	done      chan struct{}
	closeOnce sync.Once
	events    chan uint32
}

func newMsgStore(sup mapi.Support) *msgStore {
	s := &msgStore{refs: 1, support: sup, done: make(chan struct{}), events: make(chan uint32, 16)}
	go s.notifyLoop()
	return s
}

func (s *msgStore) notifyLoop() {
	for {
		select {
		case <-s.done:
			return
		case ev := <-s.events:
			_ = ev
		}
	}
}

func (s *msgStore) StoreLogoff(lpulFlags *uint32) error {
	var err error
	s.closeOnce.Do(func() {
		err = s.support.StoreLogoffTransports(lpulFlags)
		close(s.done)
	})
	return err
}

func (s *msgStore) Release() uint32 {
	if n := atomic.AddInt32(&s.refs, -1); n != 0 {
		return uint32(n)
	}
	select {
	case <-s.done:
		// StoreLogoff logged the transports off.
	default:
		flags := uint32(mapi.LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

var _ = newMsgStore
