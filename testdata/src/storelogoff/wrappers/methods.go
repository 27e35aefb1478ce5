package wrappers

import (
	"log"
	"sync"
	"sync/atomic"

	"storelogoff/wrappers/inner"
)

// ---------------------------------------------------------------------------
// Not stores: wrappers with no support object whose StoreLogoff forwards.

// filterStore is a filter in front of another provider's store, held as an
// interface field: it validates the flags and forwards. Silent.
type filterStore struct {
	inner    Store
	readOnly bool
	refs     int32
}

func (f *filterStore) StoreLogoff(lpulFlags *uint32) error {
	if lpulFlags == nil {
		return errInvalid
	}
	*lpulFlags &^= LOGOFF_PURGE
	return f.inner.StoreLogoff(lpulFlags)
}

func (f *filterStore) Release() uint32 {
	if n := atomic.AddInt32(&f.refs, -1); n != 0 {
		return uint32(n)
	}
	return f.inner.Release()
}

// logDecorator embeds the inner store's interface and defines only Release:
// its StoreLogoff is the promoted one, which forwards to the embedded
// store. Silent.
type logDecorator struct {
	Store
	name string
}

func (d *logDecorator) Release() uint32 {
	log.Printf("%s: Release", d.name)
	return d.Store.Release()
}

// traceDecorator embeds the inner store's interface and defines only
// StoreLogoff, which logs and forwards; Release is promoted. Silent.
type traceDecorator struct {
	Store
	logger *log.Logger
}

func (d *traceDecorator) StoreLogoff(lpulFlags *uint32) error {
	d.logger.Printf("StoreLogoff(%#x)", *lpulFlags)
	err := d.Store.StoreLogoff(lpulFlags)
	d.logger.Printf("StoreLogoff: %v", err)
	return err
}

// spyStore is a test double in front of a real store: it records what
// the code under test does and forwards. Silent.
type spyStore struct {
	mu       sync.Mutex
	real     Store
	logoffs  []uint32
	releases int
}

func (s *spyStore) StoreLogoff(lpulFlags *uint32) error {
	s.mu.Lock()
	s.logoffs = append(s.logoffs, *lpulFlags)
	s.mu.Unlock()
	return s.real.StoreLogoff(lpulFlags)
}

func (s *spyStore) Release() uint32 {
	s.mu.Lock()
	s.releases++
	s.mu.Unlock()
	return s.real.Release()
}

// helperProxy forwards through a helper method. Silent.
type helperProxy struct {
	target Store
	calls  int
}

func (p *helperProxy) StoreLogoff(lpulFlags *uint32) error {
	p.calls++
	return p.forward(lpulFlags)
}

func (p *helperProxy) forward(lpulFlags *uint32) error {
	return p.target.StoreLogoff(lpulFlags)
}

func (p *helperProxy) Release() uint32 { return p.target.Release() }

// onceProxy forwards once, from a closure run by a sync.Once. Silent.
type onceProxy struct {
	once   sync.Once
	target Store
}

func (p *onceProxy) StoreLogoff(lpulFlags *uint32) error {
	var err error
	p.once.Do(func() { err = p.target.StoreLogoff(lpulFlags) })
	return err
}

func (p *onceProxy) Release() uint32 { return p.target.Release() }

// chainProxy is one link of a chain of filters: it forwards to the next
// link, a value of its own type but not itself, or to the end store.
// Silent.
type chainProxy struct {
	next *chainProxy
	end  Store
}

func (c *chainProxy) StoreLogoff(lpulFlags *uint32) error {
	if c.next != nil {
		return c.next.StoreLogoff(lpulFlags)
	}
	return c.end.StoreLogoff(lpulFlags)
}

func (c *chainProxy) Release() uint32 {
	if c.next != nil {
		return c.next.Release()
	}
	return c.end.Release()
}

// concreteProxy sits in front of another package's concrete store. The
// support object that store holds is in an unexported field of another
// package, which concreteProxy's code cannot reach: not a store. Silent.
type concreteProxy struct {
	store *inner.MsgStore
}

func (p *concreteProxy) StoreLogoff(lpulFlags *uint32) error {
	return p.store.StoreLogoff(lpulFlags)
}

func (p *concreteProxy) Release() uint32 { return p.store.Release() }

// ---------------------------------------------------------------------------
// Stores: wrappers that hold a support object are checked as any store.

// baseStore is a correct store of this package. Silent.
type baseStore struct {
	sup       Support
	loggedOff bool
}

func (s *baseStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.sup.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *baseStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.sup.StoreLogoffTransports(&flags)
	}
	return s.sup.Release()
}

// localProxy sits in front of baseStore, whose support field it can reach:
// a store, and the engine follows the forwarded calls into baseStore's
// methods. Correct: silent.
type localProxy struct {
	base *baseStore
	hits int
}

func (p *localProxy) StoreLogoff(lpulFlags *uint32) error {
	p.hits++
	return p.base.StoreLogoff(lpulFlags)
}

func (p *localProxy) Release() uint32 { return p.base.Release() }

// sessionProxy forwards like filterStore but holds the support object
// itself: it is a store, and its StoreLogoff never calls
// StoreLogoffTransports. Broken twin: reported.
type sessionProxy struct {
	inner Store
	sup   Support
}

func (p *sessionProxy) StoreLogoff(lpulFlags *uint32) error { // want `StoreLogoff never calls StoreLogoffTransports and does not save its flags for Release`
	return p.inner.StoreLogoff(lpulFlags)
}

func (p *sessionProxy) Release() uint32 {
	p.inner.Release()
	return p.sup.Release()
}

// logonProxy reaches the support object through a field's field. Broken
// twin: reported.
type logonProxy struct {
	inner Store
	lg    *logon
}

func (p *logonProxy) StoreLogoff(lpulFlags *uint32) error { // want `StoreLogoff never calls StoreLogoffTransports and does not save its flags for Release`
	return p.inner.StoreLogoff(lpulFlags)
}

func (p *logonProxy) Release() uint32 {
	p.inner.Release()
	return p.lg.sup.Release()
}

// providerSupport is the support object of globalProxy, kept in a package
// variable.
var providerSupport Support

// globalProxy holds no support field but uses the package's support
// variable. Broken twin: reported.
type globalProxy struct {
	inner Store
}

func (p *globalProxy) StoreLogoff(lpulFlags *uint32) error { // want `StoreLogoff never calls StoreLogoffTransports and does not save its flags for Release`
	return p.inner.StoreLogoff(lpulFlags)
}

func (p *globalProxy) Release() uint32 {
	p.inner.Release()
	return providerSupport.Release()
}

// mixedProxy holds the support object, begins with StoreLogoffTransports
// and then forwards: a store, and a correct one. Silent.
type mixedProxy struct {
	inner     Store
	sup       Support
	loggedOff bool
}

func (p *mixedProxy) StoreLogoff(lpulFlags *uint32) error {
	if err := p.sup.StoreLogoffTransports(lpulFlags); err != nil {
		return err
	}
	p.loggedOff = true
	return p.inner.StoreLogoff(lpulFlags)
}

func (p *mixedProxy) Release() uint32 {
	if !p.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		p.sup.StoreLogoffTransports(&flags)
	}
	p.inner.Release()
	return p.sup.Release()
}

// ---------------------------------------------------------------------------
// Look-alikes of a wrapper that are stores.

// Logoffer is an inner object with a logoff method of another name.
type Logoffer interface {
	Logoff(lpulFlags *uint32) error
	Release() uint32
}

// renamedProxy holds no support object but calls Logoff, not StoreLogoff,
// on its inner object: it does not forward StoreLogoff, so it is a store
// and never calls StoreLogoffTransports. Reported.
type renamedProxy struct {
	inner Logoffer
}

func (p *renamedProxy) StoreLogoff(lpulFlags *uint32) error { // want `StoreLogoff never calls StoreLogoffTransports and does not save its flags for Release`
	return p.inner.Logoff(lpulFlags)
}

func (p *renamedProxy) Release() uint32 { return p.inner.Release() }

// fakeStore is a test double that forwards to nothing: no support object,
// no forwarding. The rule exempts only forwarding wrappers, so it is a
// store, and its StoreLogoff never calls StoreLogoffTransports. Reported.
type fakeStore struct {
	flags []uint32
	refs  int
}

func (f *fakeStore) StoreLogoff(lpulFlags *uint32) error { // want `StoreLogoff never calls StoreLogoffTransports and does not save its flags for Release`
	f.flags = append(f.flags, *lpulFlags)
	return nil
}

func (f *fakeStore) Release() uint32 {
	f.refs--
	return uint32(f.refs)
}
