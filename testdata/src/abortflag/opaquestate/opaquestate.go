// Package opaquestate: tracking state the engine cannot value. StoreLogoff
// cancels a context, flips a state object through a method, stores into an
// atomic.Value or sends on a channel; Release tests it with a receive, a
// select, a method call or ctx.Err(). Such a guard is opaque: the verdicts
// that depend on which way it went are not reported, and the others still
// are. A channel StoreLogoff only closes (ChanStore, OnceStore) is valued
// instead, as a boolean (abortflag/closedchan); they stay here as correct
// twins. shapes.go has the other store shapes.
package opaquestate

import (
	"context"
	"sync"
	"sync/atomic"
)

type Support interface {
	StoreLogoffTransports(flags *uint32) error
	Release() uint32
}

const (
	LOGOFF_NO_WAIT = 0x1
	LOGOFF_ABORT   = 0x8
)

// ChanStore closes done in StoreLogoff and selects on it in Release.
type ChanStore struct {
	refs    int32
	support Support
	done    chan struct{}
}

func (s *ChanStore) StoreLogoff(flags *uint32) error {
	err := s.support.StoreLogoffTransports(flags)
	close(s.done)
	return err
}

func (s *ChanStore) Release() uint32 {
	if n := atomic.AddInt32(&s.refs, -1); n > 0 {
		return uint32(n)
	}
	select {
	case <-s.done:
	default:
		flags := uint32(LOGOFF_ABORT)
		_ = s.support.StoreLogoffTransports(&flags)
	}
	s.support.Release()
	return 0
}

// OnceStore closes its channel under a sync.Once and receives from it.
type OnceStore struct {
	refs    int32
	support Support
	once    sync.Once
	closed  chan struct{}
}

func (s *OnceStore) StoreLogoff(flags *uint32) error {
	err := s.support.StoreLogoffTransports(flags)
	s.once.Do(func() { close(s.closed) })
	return err
}

func (s *OnceStore) isClosed() bool {
	select {
	case <-s.closed:
		return true
	default:
		return false
	}
}

func (s *OnceStore) Release() uint32 {
	if n := atomic.AddInt32(&s.refs, -1); n > 0 {
		return uint32(n)
	}
	if !s.isClosed() {
		flags := uint32(LOGOFF_ABORT)
		_ = s.support.StoreLogoffTransports(&flags)
	}
	s.support.Release()
	return 0
}

// CtxStore cancels a context and asks it in Release.
type CtxStore struct {
	refs    int32
	support Support
	ctx     context.Context
	cancel  context.CancelFunc
}

func (s *CtxStore) StoreLogoff(flags *uint32) error {
	if s.ctx.Err() != nil {
		return nil // a second StoreLogoff
	}
	err := s.support.StoreLogoffTransports(flags)
	s.cancel()
	return err
}

func (s *CtxStore) Release() uint32 {
	if n := atomic.AddInt32(&s.refs, -1); n > 0 {
		return uint32(n)
	}
	if s.ctx.Err() == nil {
		flags := uint32(LOGOFF_ABORT)
		_ = s.support.StoreLogoffTransports(&flags)
	}
	s.support.Release()
	return 0
}

// state is a state object with methods.
type state struct{ v int32 }

func (st *state) markLoggedOff()  { atomic.StoreInt32(&st.v, 1) }
func (st *state) loggedOff() bool { return atomic.LoadInt32(&st.v) == 1 }

// StateStore flips a state object through a method.
type StateStore struct {
	refs    int32
	support Support
	st      state
}

func (s *StateStore) StoreLogoff(flags *uint32) error {
	err := s.support.StoreLogoffTransports(flags)
	s.st.markLoggedOff()
	return err
}

func (s *StateStore) Release() uint32 {
	if n := atomic.AddInt32(&s.refs, -1); n > 0 {
		return uint32(n)
	}
	if !s.st.loggedOff() {
		flags := uint32(LOGOFF_ABORT)
		_ = s.support.StoreLogoffTransports(&flags)
	}
	s.support.Release()
	return 0
}

// ValueStore stores into an atomic.Value.
type ValueStore struct {
	refs    int32
	support Support
	phase   atomic.Value
}

func (s *ValueStore) StoreLogoff(flags *uint32) error {
	err := s.support.StoreLogoffTransports(flags)
	s.phase.Store("logged off")
	return err
}

func (s *ValueStore) Release() uint32 {
	if n := atomic.AddInt32(&s.refs, -1); n > 0 {
		return uint32(n)
	}
	if s.phase.Load() == nil {
		flags := uint32(LOGOFF_ABORT)
		_ = s.support.StoreLogoffTransports(&flags)
	}
	s.support.Release()
	return 0
}

// SendStore sends on a buffered channel and Release receives.
type SendStore struct {
	refs    int32
	support Support
	bye     chan bool
}

func (s *SendStore) StoreLogoff(flags *uint32) error {
	err := s.support.StoreLogoffTransports(flags)
	s.bye <- true
	return err
}

func (s *SendStore) Release() uint32 {
	if n := atomic.AddInt32(&s.refs, -1); n > 0 {
		return uint32(n)
	}
	select {
	case <-s.bye:
	default:
		flags := uint32(LOGOFF_ABORT)
		_ = s.support.StoreLogoffTransports(&flags)
	}
	s.support.Release()
	return 0
}

// NoWaitStore: the guard is opaque, but the flags are wrong whichever way
// it went. Broken twin: reported.
type NoWaitStore struct {
	refs    int32
	support Support
	done    chan struct{}
}

func (s *NoWaitStore) StoreLogoff(flags *uint32) error {
	err := s.support.StoreLogoffTransports(flags)
	close(s.done)
	return err
}

func (s *NoWaitStore) Release() uint32 {
	if n := atomic.AddInt32(&s.refs, -1); n > 0 {
		return uint32(n)
	}
	select {
	case <-s.done:
	default:
		flags := uint32(LOGOFF_NO_WAIT)
		_ = s.support.StoreLogoffTransports(&flags) // want `Release passes 0x1 \(LOGOFF_NO_WAIT\) to StoreLogoffTransports; it must pass LOGOFF_ABORT \(0x8\)`
	}
	s.support.Release()
	return 0
}

// UnrelatedStore tests a channel StoreLogoff never touches: no opaque
// state, so the unguarded abort path is judged as before. Broken twin.
type UnrelatedStore struct {
	refs      int32
	support   Support
	loggedOff bool
	events    chan int
}

func (s *UnrelatedStore) StoreLogoff(flags *uint32) error {
	err := s.support.StoreLogoffTransports(flags)
	s.loggedOff = true
	return err
}

func (s *UnrelatedStore) Release() uint32 { // want `Release does not call s.support.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	if n := atomic.AddInt32(&s.refs, -1); n > 0 {
		return uint32(n)
	}
	select {
	case <-s.events:
		s.support.Release()
		return 0
	default:
	}
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		_ = s.support.StoreLogoffTransports(&flags)
	}
	s.support.Release()
	return 0
}
