package opaquestate

import (
	"context"
	"sync/atomic"
)

// The same opaque guards in the other store shapes: vtable callbacks (a
// context), a generic type (a state object), directives (an
// atomic.Value). Each correct twin is silent; each broken twin makes a
// mistake that does not depend on which way the guard went, and is
// reported.

// ctxVtbl is the vtable of the context-tracked vtable stores.
type ctxVtbl[S any] struct {
	Release     func(this *S) uint32
	StoreLogoff func(this *S, flags *uint32) uint32
}

// vtblCtx cancels its context and asks it in Release. Correct twin.
type vtblCtx struct {
	lpVtbl  *ctxVtbl[vtblCtx]
	support Support
	ctx     context.Context
	cancel  context.CancelFunc
}

var vtblCtxVtbl = ctxVtbl[vtblCtx]{Release: vtblCtxRelease, StoreLogoff: vtblCtxLogoff}

func vtblCtxLogoff(this *vtblCtx, flags *uint32) uint32 {
	this.support.StoreLogoffTransports(flags)
	this.cancel()
	return 0
}

func vtblCtxRelease(this *vtblCtx) uint32 {
	if this.ctx.Err() == nil {
		flags := uint32(LOGOFF_ABORT)
		this.support.StoreLogoffTransports(&flags)
	}
	return this.support.Release()
}

// vtblCtxUnguarded aborts whatever the context says. Broken twin.
type vtblCtxUnguarded struct {
	lpVtbl  *ctxVtbl[vtblCtxUnguarded]
	support Support
	ctx     context.Context
	cancel  context.CancelFunc
}

var vtblCtxUnguardedVtbl = ctxVtbl[vtblCtxUnguarded]{Release: vtblCtxUnguardedRelease, StoreLogoff: vtblCtxUnguardedLogoff}

func vtblCtxUnguardedLogoff(this *vtblCtxUnguarded, flags *uint32) uint32 {
	this.support.StoreLogoffTransports(flags)
	this.cancel()
	return 0
}

func vtblCtxUnguardedRelease(this *vtblCtxUnguarded) uint32 {
	flags := uint32(LOGOFF_ABORT)
	this.support.StoreLogoffTransports(&flags) // want `StoreLogoffTransports here is not guarded by the state StoreLogoff sets, so it runs a second time after StoreLogoff`
	return this.support.Release()
}

// GenericState flips a state object. Correct twin.
type GenericState[T any] struct {
	support Support
	st      state
	items   []T
}

var _ = &GenericState[int]{}

func (s *GenericState[T]) StoreLogoff(flags *uint32) error {
	err := s.support.StoreLogoffTransports(flags)
	s.st.markLoggedOff()
	return err
}

func (s *GenericState[T]) Release() uint32 {
	if !s.st.loggedOff() {
		flags := uint32(LOGOFF_ABORT)
		_ = s.support.StoreLogoffTransports(&flags)
	}
	s.items = nil
	return s.support.Release()
}

// GenericStateNoWait passes LOGOFF_NO_WAIT behind the opaque guard.
// Broken twin.
type GenericStateNoWait[T any] struct {
	support Support
	st      state
	items   []T
}

var _ = &GenericStateNoWait[int]{}

func (s *GenericStateNoWait[T]) StoreLogoff(flags *uint32) error {
	err := s.support.StoreLogoffTransports(flags)
	s.st.markLoggedOff()
	return err
}

func (s *GenericStateNoWait[T]) Release() uint32 {
	if !s.st.loggedOff() {
		flags := uint32(LOGOFF_NO_WAIT)
		_ = s.support.StoreLogoffTransports(&flags) // want `Release passes 0x1 \(LOGOFF_NO_WAIT\) to StoreLogoffTransports; it must pass LOGOFF_ABORT \(0x8\)`
	}
	s.items = nil
	return s.support.Release()
}

// phased's roles are marked with directives; it keeps its phase in an
// atomic.Value. Correct twin.
type phased struct {
	sup   Support
	phase atomic.Value
}

// logoffPhased implements StoreLogoff for phased.
//
//mapilint:storelogoff
func logoffPhased(p *phased, flags *uint32) uint32 {
	p.sup.StoreLogoffTransports(flags)
	p.phase.Store("logged off")
	return 0
}

// releasePhased implements Release for phased.
//
//mapilint:release
func releasePhased(p *phased) uint32 {
	if p.phase.Load() == nil {
		flags := uint32(LOGOFF_ABORT)
		p.sup.StoreLogoffTransports(&flags)
	}
	return p.sup.Release()
}

// hurried passes LOGOFF_NO_WAIT behind the opaque guard. Broken twin.
type hurried struct {
	sup   Support
	phase atomic.Value
}

// Shutdown implements StoreLogoff for hurried.
//
//mapilint:storelogoff
func (c *hurried) Shutdown(flags *uint32) uint32 {
	c.sup.StoreLogoffTransports(flags)
	c.phase.Store("logged off")
	return 0
}

// Drop implements Release for hurried.
//
//mapilint:release
func (c *hurried) Drop() uint32 {
	if c.phase.Load() == nil {
		flags := uint32(LOGOFF_NO_WAIT)
		c.sup.StoreLogoffTransports(&flags) // want `Release passes 0x1 \(LOGOFF_NO_WAIT\) to StoreLogoffTransports; it must pass LOGOFF_ABORT \(0x8\)`
	}
	return c.sup.Release()
}
