// Package model recognises the MAPI shapes in SSA form: which values are the
// store and its support object (access paths), what a call does to them,
// and where the flags passed to StoreLogoffTransports come from. It answers
// for one instruction at a time; internal/flow walks the paths.
package model

import (
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// A Path names a value by where it lives: a root (a parameter of the
// function under analysis, or a package variable) followed by field names,
// as in s.logon.sup. The zero Path is unknown.
type Path struct {
	root   string // "p0", "p1", ... or "g:" + package variable; "" when unknown
	fields string // ".logon.sup"
}

// ParamPath is the path of parameter i of the function under analysis.
func ParamPath(i int) Path { return Path{root: "p" + strconv.Itoa(i)} }

// Known reports whether the path names a value.
func (p Path) Known() bool { return p.root != "" }

// Field extends the path by one field.
func (p Path) Field(name string) Path {
	if !p.Known() {
		return p
	}
	return Path{root: p.root, fields: p.fields + "." + name}
}

// IsStoreField reports whether the path is a field (at any depth) of the
// store, which is always parameter 0 of the analysed function.
func (p Path) IsStoreField() bool { return p.root == "p0" && p.fields != "" }

// FieldName is the path's fields without the root, as "logon.sup".
func (p Path) FieldName() string { return strings.TrimPrefix(p.fields, ".") }

// Render spells the path as source would, naming parameters after fn's.
func (p Path) Render(fn *ssa.Function) string {
	switch {
	case !p.Known():
		return "the support object"
	case strings.HasPrefix(p.root, "g:"):
		return strings.TrimPrefix(p.root, "g:") + p.fields
	}
	i, _ := strconv.Atoi(p.root[1:])
	name := "this"
	if fn != nil && i < len(fn.Params) && fn.Params[i].Name() != "" {
		name = fn.Params[i].Name()
	}
	return name + p.fields
}

// Inside reports whether p is a field (at any depth) of q.
func (p Path) Inside(q Path) bool {
	return q.Known() && p.root == q.root && strings.HasPrefix(p.fields, q.fields+".")
}

// String is a stable key for maps.
func (p Path) String() string { return p.root + p.fields }

// Env gives meaning to the parameters and free variables of the function
// under analysis: the paths and flags of the caller's arguments when the
// function is a helper, or of the captured variables when it is a closure.
type Env struct {
	Model    *Model
	Fn       *ssa.Function
	Params   []Binding
	FreeVars []Binding
}

// A Binding is what a parameter or free variable stands for in the caller.
type Binding struct {
	Val   Path  // the value's path
	Addr  Path  // for a captured variable: the path of the value it holds
	Flags Flags // where the value (or what it points to) comes from as flags
	// Support: the value is the support object, whatever its static type
	// says (a helper may take it as an io.Closer-like interface).
	Support bool
}

// Key identifies the environment for memoising helper summaries.
func (e *Env) Key() string {
	var b strings.Builder
	for _, bs := range [][]Binding{e.Params, e.FreeVars} {
		for _, x := range bs {
			b.WriteString(x.Val.String())
			b.WriteByte(',')
			b.WriteString(x.Addr.String())
			b.WriteByte(',')
			b.WriteString(x.Flags.key())
			b.WriteByte(';')
		}
		b.WriteByte('|')
	}
	return b.String()
}

// TopEnv is the environment of a store method or callback: parameter i is
// itself, and for StoreLogoff the flags parameters are the caller's flags.
func (m *Model) TopEnv(fn *ssa.Function, callerFlags bool) *Env {
	env := &Env{Model: m, Fn: fn}
	for i, p := range fn.Params {
		b := Binding{Val: ParamPath(i), Support: m.IsSupport(p.Type())}
		if callerFlags && i > 0 && isFlagsType(p.Type()) {
			b.Flags = Flags{Kinds: FlagCaller}
		} else {
			b.Flags = Flags{Kinds: FlagParam, Param: i}
		}
		env.Params = append(env.Params, b)
	}
	for range fn.FreeVars {
		env.FreeVars = append(env.FreeVars, Binding{})
	}
	return env
}

// CalleeEnv binds callee's parameters to the call's arguments, resolved in
// the caller's environment; for a closure, its free variables to the
// closure's bindings.
func (e *Env) CalleeEnv(callee *ssa.Function, args []ssa.Value, bindings []ssa.Value) *Env {
	env := &Env{Model: e.Model, Fn: callee}
	for i := range callee.Params {
		var b Binding
		if i < len(args) {
			b = Binding{Val: e.Resolve(args[i]), Flags: e.ValueFlags(args[i], nil), Support: e.IsSupportValue(args[i])}
		}
		env.Params = append(env.Params, b)
	}
	for i := range callee.FreeVars {
		var b Binding
		if i < len(bindings) {
			b = Binding{Val: e.Resolve(bindings[i]), Addr: e.ResolveAddr(bindings[i]), Flags: e.PointerFlags(bindings[i], nil), Support: e.IsSupportValue(bindings[i])}
		}
		env.FreeVars = append(env.FreeVars, b)
	}
	return env
}

// IsSupportValue reports whether v is the support object: by its type, or
// because it is a parameter or captured variable bound to it.
func (e *Env) IsSupportValue(v ssa.Value) bool {
	if e.Model.IsSupport(v.Type()) {
		return true
	}
	for depth := 0; depth < maxDepth; depth++ {
		switch x := v.(type) {
		case *ssa.Parameter:
			i := paramIndex(x)
			return i >= 0 && i < len(e.Params) && e.Params[i].Support
		case *ssa.FreeVar:
			i := freeVarIndex(x)
			return i >= 0 && i < len(e.FreeVars) && e.FreeVars[i].Support
		case *ssa.ChangeInterface:
			v = x.X
		case *ssa.MakeInterface:
			v = x.X
		case *ssa.ChangeType:
			v = x.X
		case *ssa.UnOp:
			a, ok := x.X.(*ssa.Alloc)
			if !ok || singleStore(a) == nil {
				return false
			}
			v = singleStore(a)
		default:
			return false
		}
		if e.Model.IsSupport(v.Type()) {
			return true
		}
	}
	return false
}

// Resolve returns the path of value v, or the unknown path.
func (e *Env) Resolve(v ssa.Value) Path {
	return e.resolve(v, 0)
}

const maxDepth = 12

func (e *Env) resolve(v ssa.Value, depth int) Path {
	if depth > maxDepth {
		return Path{}
	}
	switch v := v.(type) {
	case *ssa.Parameter:
		if i := paramIndex(v); i >= 0 && i < len(e.Params) {
			return e.Params[i].Val
		}
	case *ssa.FreeVar:
		if i := freeVarIndex(v); i >= 0 && i < len(e.FreeVars) {
			return e.FreeVars[i].Val
		}
	case *ssa.UnOp:
		if v.Op.String() == "*" {
			return e.resolveAddr(v.X, depth+1)
		}
	case *ssa.Field:
		return e.resolve(v.X, depth+1).Field(fieldName(v.X.Type(), v.Field))
	case *ssa.ChangeType:
		return e.resolve(v.X, depth+1)
	case *ssa.Convert:
		return e.resolve(v.X, depth+1)
	case *ssa.ChangeInterface:
		return e.resolve(v.X, depth+1)
	case *ssa.MakeInterface:
		return e.resolve(v.X, depth+1)
	case *ssa.TypeAssert:
		return e.resolve(v.X, depth+1)
	case *ssa.Phi:
		var p Path
		for i, edge := range v.Edges {
			q := e.resolve(edge, depth+1)
			if !q.Known() || (i > 0 && q != p) {
				return Path{}
			}
			p = q
		}
		return p
	case *ssa.FieldAddr, *ssa.Global:
		// An address stands for the value it points to: &s.x and s.x
		// are one object for the purpose of naming it.
		return e.resolveAddr(v, depth+1)
	}
	return Path{}
}

// ResolveAddr returns the path of the value stored at address a.
func (e *Env) ResolveAddr(a ssa.Value) Path { return e.resolveAddr(a, 0) }

func (e *Env) resolveAddr(a ssa.Value, depth int) Path {
	if depth > maxDepth {
		return Path{}
	}
	switch a := a.(type) {
	case *ssa.FieldAddr:
		return e.resolve(a.X, depth+1).Field(fieldName(a.X.Type(), a.Field))
	case *ssa.Global:
		return Path{root: "g:" + a.Name()}
	case *ssa.Alloc:
		if v := singleStore(a); v != nil {
			return e.resolve(v, depth+1)
		}
	case *ssa.FreeVar:
		if i := freeVarIndex(a); i >= 0 && i < len(e.FreeVars) {
			return e.FreeVars[i].Addr
		}
	case *ssa.Parameter:
		return e.resolve(a, depth+1)
	case *ssa.Convert, *ssa.ChangeType:
		return e.resolveAddr(*a.(ssa.Instruction).Operands(nil)[0], depth+1)
	}
	return Path{}
}

// singleStore returns the value stored into a local variable that is
// assigned exactly once (a spilled parameter or captured receiver).
func singleStore(a *ssa.Alloc) ssa.Value {
	var val ssa.Value
	for _, r := range *a.Referrers() {
		if st, ok := r.(*ssa.Store); ok && st.Addr == a {
			if val != nil {
				return nil
			}
			val = st.Val
		}
	}
	return val
}

func paramIndex(p *ssa.Parameter) int {
	for i, q := range p.Parent().Params {
		if q == p {
			return i
		}
	}
	return -1
}

func freeVarIndex(fv *ssa.FreeVar) int {
	for i, q := range fv.Parent().FreeVars {
		if q == fv {
			return i
		}
	}
	return -1
}

// fieldName names field i of the struct that t is or points to.
func fieldName(t types.Type, i int) string {
	if s, ok := StructOf(t); ok && i < s.NumFields() {
		return s.Field(i).Name()
	}
	return "?"
}

// StructOf returns the struct type t is, points to, or is constrained to.
func StructOf(t types.Type) (*types.Struct, bool) {
	t = types.Unalias(t)
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	if tp, ok := types.Unalias(t).(*types.TypeParam); ok {
		t = tp.Constraint()
	}
	s, ok := t.Underlying().(*types.Struct)
	return s, ok
}

// StoreField is the path of a field of the store (parameter 0), by name
// as Path.FieldName spells it.
func StoreField(name string) Path { return ParamPath(0).Field(name) }

// TypeOf follows the path's fields from the store type t and returns the
// field's type, or nil when the path does not start at the store.
func (p Path) TypeOf(t types.Type) types.Type {
	if p.root != "p0" {
		return nil
	}
	for _, name := range strings.Split(p.FieldName(), ".") {
		s, ok := StructOf(t)
		if !ok {
			return nil
		}
		var next types.Type
		for i := 0; i < s.NumFields(); i++ {
			if s.Field(i).Name() == name {
				next = s.Field(i).Type()
			}
		}
		if next == nil {
			return nil
		}
		t = next
	}
	return t
}

// GlobalName returns the package variable a path starts at, if it does.
func (p Path) GlobalName() (string, bool) {
	name, ok := strings.CutPrefix(p.root, "g:")
	return name, ok
}
