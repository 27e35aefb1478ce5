// Package generic ports the store wrapper of Microsoft's Sample Wrapped PST
// Store Provider (CMsgStore) as a generic Go decorator: traced wraps any
// store, logs each call as the sample's Log(true, ...) does, counts its
// own references with sync/atomic and forwards StoreLogoff and Release to
// the wrapped store. It holds no support object.
//
// Correct: silent.
//
// ISSUE12: family 1. A forwarding wrapper (a logging decorator), here a
// generic type.
package generic

import (
	"log/slog"
	"sync/atomic"

	"realistic/mapi"
)

type traced[S mapi.MsgStore] struct {
	refs  atomic.Int32
	inner S
	name  string
}

func wrap[S mapi.MsgStore](inner S, name string) *traced[S] {
	t := &traced[S]{inner: inner, name: name}
	t.refs.Store(1)
	return t
}

func (t *traced[S]) AddRef() uint32 {
	t.inner.AddRef()
	return uint32(t.refs.Add(1))
}

func (t *traced[S]) StoreLogoff(lpulFlags *uint32) error {
	slog.Info("StoreLogoff", "store", t.name, "flags", *lpulFlags)
	err := t.inner.StoreLogoff(lpulFlags)
	slog.Info("StoreLogoff returned", "store", t.name, "err", err)
	return err
}

func (t *traced[S]) Release() uint32 {
	n := t.inner.Release()
	if t.refs.Add(-1) == 0 {
		slog.Info("wrapper released", "store", t.name)
	}
	return n
}

var _ = wrap[mapi.MsgStore]
