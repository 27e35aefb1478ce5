package model

import (
	"go/token"

	"golang.org/x/tools/go/ssa"
)

// Refcount finds the store field a Release decrements as its reference
// count: s.refs--, atomic.AddInt32(&s.refs, -1), s.refs.Add(-1).
func (m *Model) Refcount(env *Env) Path {
	for _, b := range env.Fn.Blocks {
		for _, instr := range b.Instrs {
			switch i := instr.(type) {
			case *ssa.Store:
				if p := env.ResolveAddr(i.Addr); p.IsStoreField() && IsDecrement(env, i.Val, p) {
					return p
				}
			case *ssa.Call:
				if a, ok := atomicOp(&i.Call); ok && a.Op == "Add" && len(a.Args) > 0 && IsMinusOne(a.Args[0]) {
					if p := env.Resolve(a.Addr); p.IsStoreField() {
						return p
					}
				}
			}
		}
	}
	return Path{}
}

// IsDecrement recognises x - 1 and x + -1 where x is read from path.
func IsDecrement(env *Env, v ssa.Value, path Path) bool {
	b, ok := v.(*ssa.BinOp)
	if !ok || env.Resolve(b.X) != path {
		return false
	}
	c, ok := b.Y.(*ssa.Const)
	if !ok || c.Value == nil {
		return false
	}
	return (b.Op == token.SUB && c.Int64() == 1) || (b.Op == token.ADD && IsMinusOne(c))
}

// IsMinusOne recognises -1 and its unsigned spellings ^uint32(0), ^uint64(0).
func IsMinusOne(v ssa.Value) bool {
	c, ok := v.(*ssa.Const)
	if !ok || c.Value == nil {
		return false
	}
	if c.Int64() == -1 {
		return true
	}
	u := c.Uint64()
	return u == 1<<32-1 || u == 1<<64-1
}
