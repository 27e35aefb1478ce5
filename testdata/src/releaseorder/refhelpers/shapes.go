package refhelpers

import "sync/atomic"

// The counts kept by helpers in the other store shapes: vtable callbacks,
// a generic type, directives. Each has a correct twin (the early return
// of a non-final Release is silent) and a broken twin (a final path that
// forgets the support object is reported).

// refVtbl is the vtable of the vtable-shaped stores.
type refVtbl[S any] struct {
	Release     func(this *S) uint32
	StoreLogoff func(this *S, flags *uint32) uint32
}

// vtblCounted counts through counter.decrement. Correct twin: silent.
type vtblCounted struct {
	lpVtbl    *refVtbl[vtblCounted]
	counter   counter
	support   Support
	loggedOff bool
}

var vtblCountedVtbl = refVtbl[vtblCounted]{Release: vtblCountedRelease, StoreLogoff: vtblCountedLogoff}

func vtblCountedLogoff(this *vtblCounted, flags *uint32) uint32 {
	this.support.StoreLogoffTransports(flags)
	this.loggedOff = true
	return 0
}

func vtblCountedRelease(this *vtblCounted) uint32 {
	if n := this.counter.decrement(); n > 0 {
		return uint32(n)
	}
	if !this.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		this.support.StoreLogoffTransports(&flags)
	}
	this.support.Release()
	return 0
}

// vtblLeaky forgets the support object when cached. Broken twin.
type vtblLeaky struct {
	lpVtbl    *refVtbl[vtblLeaky]
	counter   counter
	support   Support
	loggedOff bool
	cached    bool
}

var vtblLeakyVtbl = refVtbl[vtblLeaky]{Release: vtblLeakyRelease, StoreLogoff: vtblLeakyLogoff}

func vtblLeakyLogoff(this *vtblLeaky, flags *uint32) uint32 {
	this.support.StoreLogoffTransports(flags)
	this.loggedOff = true
	return 0
}

func vtblLeakyRelease(this *vtblLeaky) uint32 {
	if n := this.counter.decrement(); n > 0 {
		return uint32(n)
	}
	if !this.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		this.support.StoreLogoffTransports(&flags)
	}
	if this.cached {
		return 0 // want `Release returns here without releasing the support object this.support`
	}
	this.support.Release()
	return 0
}

// genericRefs is an embedded count for generic stores.
type genericRefs struct{ n atomic.Int32 }

func (r *genericRefs) release() int32 { return r.n.Add(-1) }

// GenericCounted embeds genericRefs. Correct twin: silent.
type GenericCounted[T any] struct {
	genericRefs
	items     []T
	support   Support
	loggedOff bool
}

var _ = &GenericCounted[int]{}

func (s *GenericCounted[T]) StoreLogoff(flags *uint32) error {
	err := s.support.StoreLogoffTransports(flags)
	s.loggedOff = true
	return err
}

func (s *GenericCounted[T]) Release() uint32 {
	if s.release() != 0 {
		return 1
	}
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		_ = s.support.StoreLogoffTransports(&flags)
	}
	s.items = nil
	s.support.Release()
	return 0
}

// GenericLeaky forgets the support object when it holds items. Broken
// twin.
type GenericLeaky[T any] struct {
	genericRefs
	items     []T
	support   Support
	loggedOff bool
}

var _ = &GenericLeaky[int]{}

func (s *GenericLeaky[T]) StoreLogoff(flags *uint32) error {
	err := s.support.StoreLogoffTransports(flags)
	s.loggedOff = true
	return err
}

func (s *GenericLeaky[T]) Release() uint32 {
	if s.release() != 0 {
		return 1
	}
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		_ = s.support.StoreLogoffTransports(&flags)
	}
	if len(s.items) > 0 {
		return 0 // want `Release returns here without releasing the support object s.support`
	}
	s.support.Release()
	return 0
}

// provider's roles are marked with directives; its count is kept by a
// helper. Correct twin: silent.
type provider struct {
	counter   counter
	sup       Support
	loggedOff bool
}

// logoffProvider implements StoreLogoff for provider.
//
//mapilint:storelogoff
func logoffProvider(p *provider, flags *uint32) uint32 {
	p.sup.StoreLogoffTransports(flags)
	p.loggedOff = true
	return 0
}

// releaseProvider implements Release for provider.
//
//mapilint:release
func releaseProvider(p *provider) uint32 {
	if n := p.counter.decrement(); n > 0 {
		return uint32(n)
	}
	if !p.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		p.sup.StoreLogoffTransports(&flags)
	}
	p.sup.Release()
	return 0
}

// session forgets the support object when cached. Broken twin.
type session struct {
	counter   counter
	sup       Support
	loggedOff bool
	cached    bool
}

// Shutdown implements StoreLogoff for session.
//
//mapilint:storelogoff
func (c *session) Shutdown(flags *uint32) uint32 {
	c.sup.StoreLogoffTransports(flags)
	c.loggedOff = true
	return 0
}

// Drop implements Release for session.
//
//mapilint:release
func (c *session) Drop() uint32 {
	if n := c.counter.decrement(); n > 0 {
		return uint32(n)
	}
	if !c.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		c.sup.StoreLogoffTransports(&flags)
	}
	if c.cached {
		return 0 // want `Release returns here without releasing the support object c.sup`
	}
	c.sup.Release()
	return 0
}
