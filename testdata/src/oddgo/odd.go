// Package oddgo is odd but valid Go around correct stores: method values
// and expressions, embedded interfaces and structs, generics, recursion,
// goto, labelled loops, select. Every pass must stay silent and none may
// panic. (The helper with many paths is in testdata/src/verdicts, whose
// verdicts the engine's test asserts.)
package oddgo

import (
	"fmt"
	"sync"
	"sync/atomic"
)

const LOGOFF_ABORT = 0x8

// Unknown embeds the IUnknown-like part.
type Unknown interface{ Release() uint32 }

// Support embeds Unknown.
type Support interface {
	Unknown
	StoreLogoffTransports(lpulFlags *uint32) error
}

type base struct {
	mu sync.Mutex
}

// store embeds a struct and keeps a refcount.
type store[T any] struct {
	base
	support   Support
	refs      atomic.Int32
	loggedOff bool
	items     []T
}

func (s *store[T]) StoreLogoff(lpulFlags *uint32) error {
	slt := s.support.StoreLogoffTransports // method value
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.loggedOff {
		return nil
	}
	err := slt(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *store[T]) Release() uint32 {
	n := s.refs.Add(-1)
	switch {
	case n > 0:
		return uint32(n)
	case n < 0:
		panic("negative refcount")
	}
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	s.walk(len(s.items))
	s.support.Release()
	return 0
}

// walk recurses and uses goto (forward and backward), labels and select.
func (s *store[T]) walk(n int) int {
	if n <= 0 {
		return 0
	}
	i := 0
	if n > 100 {
		goto again // forward
	}
	i = -1
again:
	if i < 3 {
		i++
		goto again
	}
outer:
	for j := 0; j < n; j++ {
		for k := 0; k < j; k++ {
			if k == 2 {
				continue outer
			}
			if k == 5 {
				break outer
			}
		}
	}
	ch := make(chan int, 1)
	select {
	case ch <- n:
	default:
	}
	return s.walk(n-1) + i
}

// methodExpr calls a store method through a method expression.
func methodExpr(s *store[int]) uint32 {
	release := (*store[int]).Release
	return release(s)
}

// plain has Release only: not a store.
type plain struct{ n int }

func (p *plain) Release() uint32 { p.n--; fmt.Println(p.n); return uint32(p.n) }

// recoveringStore's StoreLogoff recovers from a panic of its own cleanup:
// a builtin called without arguments (recover) in a deferred closure.
type recoveringStore struct {
	support   Support
	loggedOff bool
}

func (s *recoveringStore) StoreLogoff(lpulFlags *uint32) error {
	defer func() { _ = recover() }()
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *recoveringStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(0x8)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}
