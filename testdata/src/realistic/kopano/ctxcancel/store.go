// Package ctxcancel is Kopano's ECMsgStore (kopano-core,
// provider/client/ECMsgStore.cpp) fixed around a context: the store's
// background work (notifications, the server connection) runs under a
// context that StoreLogoff cancels right after StoreLogoffTransports; the
// final Release asks the context whether it was cancelled to decide
// whether it must abort the transports.
//
// Correct: silent.
//
// ISSUE12: family 3. The tracking state is a context StoreLogoff cancels;
// Release tests ctx.Err(), and so does StoreLogoff itself first, to return
// at once when called a second time: that test reads the tracking state
// (it is no effect before StoreLogoffTransports) and the return it guards
// is the idempotent second StoreLogoff.
package ctxcancel

import (
	"context"
	"sync/atomic"

	"realistic/mapi"
)

type msgStore struct {
	refs    int32
	support mapi.Support
	ctx     context.Context
	cancel  context.CancelFunc
}

func newMsgStore(sup mapi.Support) *msgStore {
	ctx, cancel := context.WithCancel(context.Background())
	return &msgStore{refs: 1, support: sup, ctx: ctx, cancel: cancel}
}

func (s *msgStore) StoreLogoff(lpulFlags *uint32) error {
	if s.ctx.Err() != nil {
		return nil // logged off already
	}
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.cancel()
	return err
}

func (s *msgStore) Release() uint32 {
	if n := atomic.AddInt32(&s.refs, -1); n != 0 {
		return uint32(n)
	}
	if s.ctx.Err() == nil {
		flags := uint32(mapi.LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
		s.cancel()
	}
	return s.support.Release()
}

var _ = newMsgStore
