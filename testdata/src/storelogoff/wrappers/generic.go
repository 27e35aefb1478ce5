package wrappers

import "storelogoff/wrappers/inner"

// Proxy is a generic filter in front of any store: the inner store is a
// value of a type parameter constrained by Store, which has no
// StoreLogoffTransports. Silent, also instantiated with a concrete store.
type Proxy[S Store] struct {
	inner S
	calls int
}

var _ = &Proxy[*inner.MsgStore]{}

func (p *Proxy[S]) StoreLogoff(lpulFlags *uint32) error {
	p.calls++
	return p.inner.StoreLogoff(lpulFlags)
}

func (p *Proxy[S]) Release() uint32 { return p.inner.Release() }

// Recorder is a generic test double in front of a store. Silent.
type Recorder[T any] struct {
	inner  Store
	events []T
	mark   T
}

func (r *Recorder[T]) StoreLogoff(lpulFlags *uint32) error {
	r.events = append(r.events, r.mark)
	return r.inner.StoreLogoff(lpulFlags)
}

func (r *Recorder[T]) Release() uint32 {
	r.events = nil
	return r.inner.Release()
}

// SupportedProxy also holds a support object, as a value of a type
// parameter constrained by Support: a store. Broken twin: reported.
type SupportedProxy[S Store, P Support] struct {
	inner S
	sup   P
}

func (p *SupportedProxy[S, P]) StoreLogoff(lpulFlags *uint32) error { // want `StoreLogoff never calls StoreLogoffTransports and does not save its flags for Release`
	return p.inner.StoreLogoff(lpulFlags)
}

func (p *SupportedProxy[S, P]) Release() uint32 {
	p.inner.Release()
	return p.sup.Release()
}

// LoggedProxy holds the logon, and so the support object. Broken twin:
// reported.
type LoggedProxy[T any] struct {
	inner Store
	lg    *logon
	tag   T
}

func (p *LoggedProxy[T]) StoreLogoff(lpulFlags *uint32) error { // want `StoreLogoff never calls StoreLogoffTransports and does not save its flags for Release`
	return p.inner.StoreLogoff(lpulFlags)
}

func (p *LoggedProxy[T]) Release() uint32 {
	p.inner.Release()
	return p.lg.sup.Release()
}

// Fake is a generic test double that forwards to nothing and holds no
// support object: the rule exempts forwarding wrappers only, so it is a
// store. Look-alike: reported.
type Fake[T any] struct {
	seen []T
	refs int
}

func (f *Fake[T]) StoreLogoff(lpulFlags *uint32) error { // want `StoreLogoff never calls StoreLogoffTransports and does not save its flags for Release`
	f.seen = nil
	return nil
}

func (f *Fake[T]) Release() uint32 {
	f.refs--
	return uint32(f.refs)
}
