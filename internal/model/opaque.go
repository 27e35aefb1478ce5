package model

import (
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// OpaqueState is the store state that StoreLogoff changes in ways the
// engine cannot value, so that a guard in Release reading it is opaque.
// Each field is named by its first step from the store (s.state for
// s.state.mu).
type OpaqueState struct {
	// Assigned: fields StoreLogoff assigns a value that is not a boolean
	// or an integer (s.err = errClosed, s.conn = nil).
	Assigned map[Path]bool
	// Mutated: objects whose state it changes without assigning the
	// field: a channel it sends on, an object whose methods it calls (a
	// state object, an atomic.Value), a function field it calls (a
	// context's cancel: then every context field too).
	Mutated map[Path]bool
	// Closed: channels it closes. The engine values a closed channel as
	// a boolean that close sets (a one-case select with a default reads
	// it); any other read of it is opaque, and so is every read of one it
	// also sends on.
	Closed map[Path]bool
}

// OpaqueChanges finds the OpaqueState fn (StoreLogoff) changes, following
// same-package helpers, closures and sync.Once functions maxOpaqueDepth
// calls deep.
func (m *Model) OpaqueChanges(env *Env) OpaqueState {
	st := OpaqueState{Assigned: map[Path]bool{}, Mutated: map[Path]bool{}, Closed: map[Path]bool{}}
	m.opaqueChanges(env, st, map[*ssa.Function]bool{}, 0)
	return st
}

// maxOpaqueDepth bounds the helpers OpaqueChanges follows.
const maxOpaqueDepth = 3

func (m *Model) opaqueChanges(env *Env, st OpaqueState, seen map[*ssa.Function]bool, depth int) {
	if seen[env.Fn] || depth > maxOpaqueDepth {
		return
	}
	seen[env.Fn] = true
	add := func(p Path) {
		if p.IsStoreField() {
			st.Mutated[p.Root()] = true
		}
	}
	for _, b := range env.Fn.Blocks {
		for _, instr := range b.Instrs {
			switch i := instr.(type) {
			case *ssa.Send:
				add(env.Resolve(i.Chan))
			case *ssa.Store:
				if p := env.ResolveAddr(i.Addr); p.IsStoreField() && !IsStateType(i.Val.Type()) {
					st.Assigned[p.Root()] = true
				}
			case ssa.CallInstruction:
				call := i.Common()
				if ch, ok := ClosedChan(call); ok {
					if p := env.Resolve(ch); p.IsStoreField() {
						st.Closed[p] = true
					}
					continue
				}
				if _, ok := call.Value.(*ssa.Builtin); ok {
					continue
				}
				op := m.Classify(env, call, i)
				switch op.Kind {
				case OpInline:
					m.opaqueChanges(env.CalleeEnv(op.Callee, op.Args, op.Bindings), st, seen, depth+1)
					continue
				case OpOnceDo:
					switch f := op.Func.(type) {
					case *ssa.MakeClosure:
						m.opaqueChanges(env.CalleeEnv(f.Fn.(*ssa.Function), nil, f.Bindings), st, seen, depth+1)
					case *ssa.Function:
						m.opaqueChanges(env.CalleeEnv(f, nil, nil), st, seen, depth+1)
					}
					continue
				case OpAtomic:
					// Booleans and integers are valued; an atomic.Value
					// or atomic.Pointer is not.
					if n := len(op.Atomic.Args); n > 0 && !IsStateType(op.Atomic.Args[n-1].Type()) {
						add(op.Key)
					}
					continue
				case OpSLT, OpRelease, OpUse:
					continue // the support object
				}
				if recv := receiver(call); recv != nil && !isLock(recv.Type()) {
					add(env.Resolve(recv))
				}
				if fp := env.Resolve(call.Value); !call.IsInvoke() && call.StaticCallee() == nil && fp.IsStoreField() {
					// A function field: a context's cancel, a hook.
					add(fp)
					m.contexts(env, add)
				}
			}
		}
	}
}

// contexts adds the store's context fields: cancelling one changes them.
func (m *Model) contexts(env *Env, add func(Path)) {
	if len(env.Fn.Params) == 0 {
		return
	}
	st, ok := StructOf(env.Fn.Params[0].Type())
	if !ok {
		return
	}
	for i := 0; i < st.NumFields(); i++ {
		if isNamed(st.Field(i).Type(), "context", "Context") {
			add(ParamPath(0).Field(st.Field(i).Name()))
		}
	}
}

// receiver is the value a method call is made on, or nil.
func receiver(call *ssa.CallCommon) ssa.Value {
	if call.IsInvoke() {
		return call.Value
	}
	if callee := call.StaticCallee(); callee != nil && callee.Signature.Recv() != nil && len(call.Args) > 0 {
		return call.Args[0]
	}
	return nil
}

// isLock: mutexes change nothing a guard reads.
func isLock(t types.Type) bool {
	return isNamed(t, "sync", "Mutex") || isNamed(t, "sync", "RWMutex")
}

// IsStateType reports whether t is a type tracking state is kept in, whose
// values the engine follows: booleans and integers.
func IsStateType(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&(types.IsBoolean|types.IsInteger) != 0
}

// Root is the first step of a path from its root: s.state for s.state.mu.
func (p Path) Root() Path {
	if p.fields == "" {
		return p
	}
	rest := strings.TrimPrefix(p.fields, ".")
	if i := strings.IndexByte(rest, '.'); i >= 0 {
		rest = rest[:i]
	}
	return Path{root: p.root, fields: "." + rest}
}

// ClosedChan returns the channel a call of the builtin close closes.
func ClosedChan(call *ssa.CallCommon) (ssa.Value, bool) {
	if b, ok := call.Value.(*ssa.Builtin); ok && b.Name() == "close" && len(call.Args) == 1 {
		return call.Args[0], true
	}
	return nil, false
}

// ClosedTest returns the channel a select tests for being closed: a
// select with a default and one receive case, which takes the case
// exactly when the channel is closed, if nothing sends on it.
func ClosedTest(sel *ssa.Select) (ssa.Value, bool) {
	if sel.Blocking || len(sel.States) != 1 || sel.States[0].Dir != types.RecvOnly {
		return nil, false
	}
	return sel.States[0].Chan, true
}

// Empty reports whether StoreLogoff changes no opaque state.
func (st OpaqueState) Empty() bool {
	return len(st.Assigned) == 0 && len(st.Mutated) == 0 && len(st.Closed) == 0
}

// Reads reports whether a condition value, in env, reads opaque state in a
// way the engine cannot value: a method call on a changed object, a call
// of it, a receive from it or a select on it, or the value of an assigned
// field. It follows the condition's operands maxDepth steps.
func (st OpaqueState) Reads(env *Env, v ssa.Value) bool {
	if st.Empty() {
		return false
	}
	root := func(x ssa.Value) Path {
		p := env.Resolve(x)
		if !p.IsStoreField() {
			p = env.ResolveAddr(x)
		}
		if !p.IsStoreField() {
			return Path{}
		}
		return p.Root()
	}
	changed := func(x ssa.Value) bool { // its object's state
		r := root(x)
		return r.Known() && (st.Mutated[r] || st.Assigned[r] || st.Closed[env.Resolve(x)])
	}
	var reads func(v ssa.Value, depth int) bool
	reads = func(v ssa.Value, depth int) bool {
		if depth > maxDepth {
			return false
		}
		switch v := v.(type) {
		case *ssa.UnOp:
			switch v.Op {
			case token.ARROW:
				return changed(v.X)
			case token.MUL:
				if r := root(v.X); r.Known() && st.Assigned[r] {
					return true
				}
			}
			return reads(v.X, depth+1)
		case *ssa.BinOp:
			return reads(v.X, depth+1) || reads(v.Y, depth+1)
		case *ssa.Extract:
			return reads(v.Tuple, depth+1)
		case *ssa.Select:
			if ch, ok := ClosedTest(v); ok && st.Closed[env.Resolve(ch)] && !st.Mutated[env.Resolve(ch).Root()] {
				return false // valued: the engine reads it as a boolean
			}
			for _, s := range v.States {
				if changed(s.Chan) {
					return true
				}
			}
		case *ssa.Call:
			if r := receiver(&v.Call); r != nil && changed(r) {
				return true
			}
			if !v.Call.IsInvoke() && v.Call.StaticCallee() == nil && changed(v.Call.Value) {
				return true
			}
		case *ssa.Convert:
			return reads(v.X, depth+1)
		case *ssa.ChangeType:
			return reads(v.X, depth+1)
		case *ssa.Field:
			if r := root(v); r.Known() && st.Assigned[r] {
				return true
			}
		}
		return false
	}
	return reads(v, 0)
}
