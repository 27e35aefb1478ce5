package model

import (
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// Wrappers (SPEC §2): a type in front of another provider's store (a
// filter, a proxy, a logging decorator, a test double that records and
// forwards) has StoreLogoff and Release, but the inner store does the
// protocol. Such a type is not a store to check when
//
//   - no support object is reachable from it: none of its fields, at any
//     depth up to maxReachDepth (through pointers, embedded values, arrays,
//     slices, maps and channels), is of a support type (StoreLogoffTransports
//     as a method, interfaces and type parameters included, or as a vtable
//     slot), and the code of its StoreLogoff and Release (with their closures
//     and the same-package helpers they call) handles no value of a support
//     type (a package variable holding one, say); and
//   - its StoreLogoff forwards: it, its closures or its same-package
//     helpers call a method named StoreLogoff on a value other than the
//     store itself, or call through a vtable slot named StoreLogoff; or the
//     type has no StoreLogoff of its own and promotes one from an embedded
//     field (the promoted method is a call of the embedded value's).
//
// A type that holds a support object stays a store even when its
// StoreLogoff forwards: it could call StoreLogoffTransports, so whether it
// does is checked (the engine follows the forwarded call when it can).
// A type that neither holds a support object nor forwards (a fake store
// that only records) is checked too: the rule exempts wrappers, and a
// provider that lost its support object is exactly the bug to report.

// maxReachDepth bounds the fields followed from a store type looking for a
// support object; beyond it nothing is found. maxScanFuncs bounds the
// functions read for forwarding and for support values, and maxScanDepth
// the chain of helper calls followed: past either, the type is taken to
// hold a support object (it stays a store).
const (
	maxReachDepth = 6
	maxScanFuncs  = 64
	maxScanDepth  = 3
)

// isWrapper reports whether s is a forwarding wrapper, not a store.
func (m *Model) isWrapper(s *Store) bool {
	if s.Type == nil {
		return false
	}
	own := namedOf(s.Type)
	var from *types.Package
	if own != nil {
		from = own.Obj().Pkg()
	}
	if m.reachesSupport(s.Type, from) {
		return false
	}
	var roots []*ssa.Function
	for _, fn := range []*ssa.Function{s.StoreLogoff, s.Release} {
		if fn != nil {
			roots = append(roots, fn)
		}
	}
	code, ok := scanFuncs(roots)
	if !ok || m.handlesSupport(code, from) {
		return false
	}
	if s.StoreLogoff == nil {
		return own != nil && promotesStoreLogoff(own)
	}
	logoff, ok := scanFuncs([]*ssa.Function{s.StoreLogoff})
	return ok && forwardsStoreLogoff(logoff, own)
}

// reachesSupport reports whether a support object is reachable from a
// value of type t through its fields (see maxReachDepth).
// An unexported field of a struct declared in another package than from
// (the store's) is not followed: the store's code cannot reach it, so a
// support object there belongs to that package's own store, which does the
// protocol (a wrapper around another package's concrete store).
func (m *Model) reachesSupport(t types.Type, from *types.Package) bool {
	return m.reaches(t, from, maxReachDepth, map[types.Type]int{})
}

// seen holds, for each type visited, the most depth it was visited with:
// a type met again with no more depth to go has nothing new to show.
func (m *Model) reaches(t types.Type, from *types.Package, depth int, seen map[types.Type]int) bool {
	if t == nil || depth < 0 {
		return false
	}
	t = types.Unalias(t)
	if d, ok := seen[t]; ok && d >= depth {
		return false
	}
	seen[t] = depth
	if m.IsSupport(t) {
		return true
	}
	switch u := t.(type) {
	case *types.Named:
		return m.reaches(u.Underlying(), from, depth, seen)
	case *types.TypeParam:
		return m.IsSupport(u.Constraint())
	case *types.Pointer:
		return m.reaches(u.Elem(), from, depth, seen)
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			f := u.Field(i)
			if !f.Exported() && from != nil && f.Pkg() != nil && f.Pkg() != from {
				continue
			}
			if m.reaches(f.Type(), from, depth-1, seen) {
				return true
			}
		}
	case *types.Array:
		return m.reaches(u.Elem(), from, depth-1, seen)
	case *types.Slice:
		return m.reaches(u.Elem(), from, depth-1, seen)
	case *types.Map:
		return m.reaches(u.Key(), from, depth-1, seen) || m.reaches(u.Elem(), from, depth-1, seen)
	case *types.Chan:
		return m.reaches(u.Elem(), from, depth-1, seen)
	}
	return false
}

// scanFuncs returns roots, their closures, and the same-package functions
// they call statically, up to maxScanDepth calls deep. ok is false when
// the bound of maxScanFuncs functions was passed.
func scanFuncs(roots []*ssa.Function) (out []*ssa.Function, ok bool) {
	seen := map[*ssa.Function]bool{}
	var add func(fn *ssa.Function, depth int) bool
	add = func(fn *ssa.Function, depth int) bool {
		if fn == nil || seen[fn] {
			return true
		}
		if len(out) >= maxScanFuncs {
			return false
		}
		seen[fn] = true
		out = append(out, fn)
		for _, anon := range fn.AnonFuncs {
			if !add(anon, depth) {
				return false
			}
		}
		if depth >= maxScanDepth {
			return true
		}
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				call, ok := instr.(ssa.CallInstruction)
				if !ok {
					continue
				}
				callee := call.Common().StaticCallee()
				if callee == nil {
					continue
				}
				if callee.Blocks == nil && callee.Origin() != nil {
					callee = callee.Origin()
				}
				if p := pkgOf(callee); p != nil && p == pkgOf(fn) && callee.Blocks != nil {
					if !add(callee, depth+1) {
						return false
					}
				}
			}
		}
		return true
	}
	for _, fn := range roots {
		if !add(fn, 0) {
			return out, false
		}
	}
	return out, true
}

// handlesSupport reports whether the code produces or reads a value of a
// support type, or the address of a package variable from which one is
// reachable.
func (m *Model) handlesSupport(code []*ssa.Function, from *types.Package) bool {
	var ops []*ssa.Value
	for _, fn := range code {
		for _, p := range fn.Params {
			if m.IsSupport(p.Type()) {
				return true
			}
		}
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				if v, ok := instr.(ssa.Value); ok && m.IsSupport(v.Type()) {
					return true
				}
				ops = instr.Operands(ops[:0])
				for _, op := range ops {
					if g, ok := (*op).(*ssa.Global); ok && m.reachesSupport(g.Type(), from) {
						return true
					}
				}
			}
		}
	}
	return false
}

// forwardsStoreLogoff reports whether the code calls StoreLogoff on a value
// that is not the store itself (of type own, received as a parameter or
// captured), or calls a vtable slot named StoreLogoff. A Go method that
// calls its own object's StoreLogoff slot is a client-side binding of a
// COM store implemented elsewhere, so that is forwarding too.
func forwardsStoreLogoff(code []*ssa.Function, own *types.Named) bool {
	for _, fn := range code {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				if mc, ok := instr.(*ssa.MakeClosure); ok && isBoundStoreLogoff(mc) && len(mc.Bindings) > 0 && !isSelf(mc.Bindings[0], own) {
					return true // x.StoreLogoff as a method value
				}
				ci, ok := instr.(ssa.CallInstruction)
				if !ok {
					continue
				}
				c := ci.Common()
				if c.IsInvoke() {
					if c.Method.Name() == "StoreLogoff" && !isSelf(c.Value, own) {
						return true
					}
				} else if callee := c.StaticCallee(); callee != nil && callee.Signature.Recv() != nil &&
					callee.Name() == "StoreLogoff" && len(c.Args) > 0 && !isSelf(c.Args[0], own) {
					return true
				}
				if slotName(c.Value) == "StoreLogoff" {
					return true
				}
				for _, a := range c.Args {
					if slotName(a) == "StoreLogoff" {
						return true
					}
				}
			}
		}
	}
	return false
}

// isBoundStoreLogoff: the closure is the bound method value x.StoreLogoff.
func isBoundStoreLogoff(mc *ssa.MakeClosure) bool {
	fn, ok := mc.Fn.(*ssa.Function)
	if !ok || fn.Synthetic == "" {
		return false
	}
	obj, ok := fn.Object().(*types.Func)
	return ok && obj.Name() == "StoreLogoff" && obj.Type().(*types.Signature).Recv() != nil
}

// isSelf reports whether v is the store itself: a parameter or captured
// variable of the store type (not a field of the store that happens to have
// the same type, as the next link of a chain of filters).
func isSelf(v ssa.Value, own *types.Named) bool {
	for range maxDepth {
		switch x := v.(type) {
		case *ssa.ChangeType:
			v = x.X
			continue
		case *ssa.Convert:
			v = x.X
			continue
		case *ssa.MakeInterface:
			v = x.X
			continue
		case *ssa.ChangeInterface:
			v = x.X
			continue
		case *ssa.UnOp:
			if a, ok := x.X.(*ssa.Alloc); ok && x.Op.String() == "*" {
				if s := singleStore(a); s != nil {
					v = s
					continue
				}
			}
		case *ssa.Parameter, *ssa.FreeVar:
			return own != nil && namedOf(v.Type()) == own
		}
		return false
	}
	return false
}

// promotesStoreLogoff reports whether the named type's StoreLogoff is not
// its own but promoted from an embedded field.
func promotesStoreLogoff(n *types.Named) bool {
	for _, t := range []types.Type{n, types.NewPointer(n)} {
		obj, index, _ := types.LookupFieldOrMethod(t, true, nil, "StoreLogoff")
		if _, ok := obj.(*types.Func); ok {
			return len(index) > 1
		}
	}
	return false
}
