package model

import (
	"fmt"
	"go/constant"
	"go/types"

	"github.com/mapilint/mapilint/internal/mapi"
	"golang.org/x/tools/go/ssa"
)

// FlagKinds is the set of places a flags value may come from.
type FlagKinds uint8

// The origins of a flags value. A value may have several (a phi of two).
const (
	FlagAbort   FlagKinds = 1 << iota // a constant with LOGOFF_ABORT and no other input bit
	FlagOther                         // any other constant
	FlagCaller                        // StoreLogoff's own flags parameter
	FlagSaved                         // read from a store field
	FlagParam                         // a parameter of the helper under analysis
	FlagUnknown                       // anything else
)

// Flags says where a flags value comes from.
type Flags struct {
	Kinds FlagKinds
	Const uint64 // the first non-abort constant (FlagOther)
	Field string // the store field read (FlagSaved)
	Param int    // the parameter (FlagParam)
}

func (f Flags) key() string { return fmt.Sprintf("%d/%d/%s/%d", f.Kinds, f.Const, f.Field, f.Param) }

// Union merges the origins of two values.
func (f Flags) Union(g Flags) Flags {
	if f.Kinds == 0 {
		return g
	}
	out := f
	out.Kinds |= g.Kinds
	// Const names the first non-abort constant, for the message.
	if f.Kinds&FlagOther == 0 {
		out.Const = g.Const
	}
	if f.Kinds&FlagSaved == 0 {
		out.Field = g.Field
	}
	if f.Kinds&FlagParam == 0 {
		out.Param = g.Param
	}
	return out
}

// SubstArgs resolves flags that name a callee's parameter (FlagParam,
// as a Summary records them) by the argument passed at a call in e.
func (e *Env) SubstArgs(f Flags, args []ssa.Value) Flags {
	if f.Kinds&FlagParam == 0 {
		return f
	}
	out := f
	out.Kinds &^= FlagParam
	if f.Param < len(args) {
		return out.Union(e.ValueFlags(args[f.Param], nil))
	}
	out.Kinds |= FlagUnknown
	return out
}

// Only reports whether every origin of the value is k.
func (f Flags) Only(k FlagKinds) bool { return f.Kinds == k }

func constFlags(c *ssa.Const) Flags {
	if c.Value == nil || c.Value.Kind() != constant.Int {
		return Flags{Kinds: FlagUnknown}
	}
	v, ok := constant.Uint64Val(constant.ToInt(c.Value))
	if !ok {
		i, _ := constant.Int64Val(c.Value)
		v = uint64(uint32(i))
	}
	if mapi.IsAbort(v) {
		return Flags{Kinds: FlagAbort, Const: v}
	}
	return Flags{Kinds: FlagOther, Const: v}
}

// PointerFlags says where the flags pointed to by ptr come from when they
// are read at instruction at (nil: anywhere).
func (e *Env) PointerFlags(ptr ssa.Value, at ssa.Instruction) Flags {
	return e.pointerFlags(ptr, at, 0)
}

func (e *Env) pointerFlags(ptr ssa.Value, at ssa.Instruction, depth int) Flags {
	if depth > maxDepth {
		return Flags{Kinds: FlagUnknown}
	}
	switch p := ptr.(type) {
	case *ssa.Convert:
		// uintptr(unsafe.Pointer(&flags)) in raw vtable calls.
		return e.pointerFlags(p.X, at, depth+1)
	case *ssa.ChangeType:
		return e.pointerFlags(p.X, at, depth+1)
	case *ssa.Parameter:
		if i := paramIndex(p); i >= 0 && i < len(e.Params) {
			return e.Params[i].Flags
		}
	case *ssa.FreeVar:
		if i := freeVarIndex(p); i >= 0 && i < len(e.FreeVars) {
			return e.FreeVars[i].Flags
		}
	case *ssa.FieldAddr:
		if path := e.resolveAddr(p, depth+1); path.IsStoreField() {
			return Flags{Kinds: FlagSaved, Field: path.FieldName()}
		}
	case *ssa.Alloc:
		return e.storedFlags(p, at, depth+1)
	case *ssa.Global:
		// An unexported package variable that nothing assigns or takes
		// the address of is its initial constant (constVarFlags).
		if p.Pkg != nil && pkgOf(e.Fn) == p.Pkg.Pkg {
			if f, ok := e.Model.constVarFlags(p); ok {
				return f
			}
		}
	case *ssa.Phi:
		var f Flags
		for _, edge := range p.Edges {
			f = f.Union(e.pointerFlags(edge, nil, depth+1))
		}
		return f
	}
	return Flags{Kinds: FlagUnknown}
}

// storedFlags looks at what is stored into a local flags variable: the last
// store before at in the same block when there is one, else every store.
func (e *Env) storedFlags(a *ssa.Alloc, at ssa.Instruction, depth int) Flags {
	var all Flags
	var last *ssa.Store
	for _, r := range *a.Referrers() {
		st, ok := r.(*ssa.Store)
		if !ok || st.Addr != a {
			continue
		}
		all = all.Union(e.valueFlags(st.Val, depth+1))
		if at != nil && st.Block() == at.Block() && before(st, at) {
			if last == nil || before(last, st) {
				last = st
			}
		}
	}
	if last != nil {
		return e.valueFlags(last.Val, depth+1)
	}
	if all.Kinds == 0 {
		// Never stored: the zero value.
		return Flags{Kinds: FlagOther}
	}
	return all
}

// before reports whether instruction a precedes b in their common block.
func before(a, b ssa.Instruction) bool {
	for _, instr := range a.Block().Instrs {
		switch instr {
		case a:
			return true
		case b:
			return false
		}
	}
	return false
}

// ValueFlags says where a flags value comes from; at is unused for values
// but kept symmetrical with PointerFlags.
func (e *Env) ValueFlags(v ssa.Value, _ ssa.Instruction) Flags { return e.valueFlags(v, 0) }

func (e *Env) valueFlags(v ssa.Value, depth int) Flags {
	if depth > maxDepth {
		return Flags{Kinds: FlagUnknown}
	}
	switch v := v.(type) {
	case *ssa.Const:
		return constFlags(v)
	case *ssa.Convert:
		return e.valueFlags(v.X, depth+1)
	case *ssa.ChangeType:
		return e.valueFlags(v.X, depth+1)
	case *ssa.UnOp:
		if v.Op.String() == "*" {
			return e.pointerFlags(v.X, nil, depth+1)
		}
	case *ssa.Parameter:
		if i := paramIndex(v); i >= 0 && i < len(e.Params) {
			return e.Params[i].Flags
		}
	case *ssa.Phi:
		var f Flags
		for _, edge := range v.Edges {
			f = f.Union(e.valueFlags(edge, depth+1))
		}
		return f
	case *ssa.FieldAddr, *ssa.Alloc:
		return e.pointerFlags(v, nil, depth+1)
	}
	return Flags{Kinds: FlagUnknown}
}

// isFlagsType reports whether t can carry logoff flags: an integer, or a
// pointer to one (the in/out parameter).
func isFlagsType(t types.Type) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}
