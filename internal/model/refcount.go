package model

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"
	"unicode"

	"golang.org/x/tools/go/ssa"
)

// Refcount finds the store field a Release decrements as its reference
// count: s.refs--, atomic.AddInt32(&s.refs, -1), s.refs.Add(-1), in
// Release itself or in a same-package helper it calls (a method promoted
// from an embedded reference-count type, s.unref(), s.counter.dec()),
// followed maxRefcountDepth calls deep with the helper's parameters bound
// to the caller's values. The methods of another COM object are followed
// only when the store holds no support object of its own and that object
// does: the store is a wrapper in front of the object that owns the
// support, and forwards its Release (x.pThis.Release()).
func (m *Model) Refcount(env *Env) Path {
	wrapper := len(env.Fn.Params) > 0 && !m.holdsSupport(env.Fn.Params[0].Type())
	return m.refcount(env, wrapper, map[*ssa.Function]bool{}, 0)
}

// holdsSupport reports whether a struct type t is or points to has a
// field of a support type.
func (m *Model) holdsSupport(t types.Type) bool {
	st, ok := StructOf(t)
	if !ok {
		return false
	}
	for i := 0; i < st.NumFields(); i++ {
		if m.IsSupport(st.Field(i).Type()) {
			return true
		}
	}
	return false
}

// maxRefcountDepth bounds the helpers Refcount follows.
const maxRefcountDepth = 3

func (m *Model) refcount(env *Env, wrapper bool, seen map[*ssa.Function]bool, depth int) Path {
	if seen[env.Fn] {
		return Path{}
	}
	seen[env.Fn] = true
	var calls []*ssa.Call
	for _, b := range env.Fn.Blocks {
		for _, instr := range b.Instrs {
			switch i := instr.(type) {
			case *ssa.Store:
				if p := env.ResolveAddr(i.Addr); p.IsStoreField() && IsDecrement(env, i.Val, p) {
					return p
				}
			case *ssa.Call:
				if a, ok := m.atomicOp(&i.Call); ok && a.Op == "Add" && len(a.Args) > 0 && IsMinusOne(a.Args[0]) {
					if p := env.Resolve(a.Addr); p.IsStoreField() {
						return p
					}
				}
				calls = append(calls, i)
			}
		}
	}
	if depth >= maxRefcountDepth {
		return Path{}
	}
	for _, c := range calls {
		if op := m.Classify(env, &c.Call, c); op.Kind == OpInline && !m.otherObject(env, op, wrapper) {
			if p := m.refcount(env.CalleeEnv(op.Callee, op.Args, op.Bindings), wrapper, seen, depth+1); p.Known() {
				return p
			}
		}
	}
	return Path{}
}

// otherObject reports whether an inlined call is a method of another COM
// object held by the store (one with a Release of its own, such as an open
// folder): the count it decrements is that object's, not the store's;
// unless the store is a wrapper (no support object of its own) and the
// object holds the support object.
func (m *Model) otherObject(env *Env, op Op, wrapper bool) bool {
	recv := op.Callee.Signature.Recv()
	if recv == nil || len(op.Args) == 0 {
		return false
	}
	if env.Resolve(op.Args[0]) == ParamPath(0) || !hasMethod(recv.Type(), "Release") {
		return false
	}
	return !wrapper || !m.holdsSupport(recv.Type())
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

// CountLike reports whether Release tests something count-like that is not
// the reference count Refcount found: a comparison of a decremented value
// (x - 1, an atomic add of -1, the result of a helper that decrements or is
// named like dec, unref or drop). The engine cannot tell which of
// the paths after such a test are the final release, so it must not
// presume them final.
func (m *Model) CountLike(fn *ssa.Function) bool {
	for _, b := range fn.Blocks {
		if cond, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If); ok && m.countTest(cond.Cond, 0) {
			return true
		}
	}
	return false
}

// countTest reports whether a condition compares a count-like value.
func (m *Model) countTest(v ssa.Value, depth int) bool {
	if depth > maxDepth {
		return false
	}
	switch v := v.(type) {
	case *ssa.UnOp:
		return v.Op == token.NOT && m.countTest(v.X, depth+1)
	case *ssa.BinOp:
		switch v.Op {
		case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
			return m.countLike(v.X, depth+1) || m.countLike(v.Y, depth+1)
		case token.LAND, token.LOR:
			return m.countTest(v.X, depth+1) || m.countTest(v.Y, depth+1)
		}
	case *ssa.Call:
		if ret := OnlyReturn(v.Call.StaticCallee()); ret != nil && len(ret.Results) == 1 {
			return m.countTest(ret.Results[0], depth+1)
		}
	}
	return false
}

// countLike reports whether v is a decremented value, or the result of a
// call that decrements.
func (m *Model) countLike(v ssa.Value, depth int) bool {
	if depth > maxDepth {
		return false
	}
	switch v := v.(type) {
	case *ssa.BinOp:
		if c, ok := v.Y.(*ssa.Const); ok && c.Value != nil {
			if (v.Op == token.SUB && c.Int64() == 1) || (v.Op == token.ADD && IsMinusOne(c)) {
				return true
			}
		}
	case *ssa.Convert:
		return m.countLike(v.X, depth+1)
	case *ssa.ChangeType:
		return m.countLike(v.X, depth+1)
	case *ssa.Extract:
		return m.countLike(v.Tuple, depth+1)
	case *ssa.Phi:
		for _, e := range v.Edges {
			if m.countLike(e, depth+1) {
				return true
			}
		}
	case *ssa.Call:
		if a, ok := m.atomicOp(&v.Call); ok {
			return a.Op == "Add" && len(a.Args) > 0 && IsMinusOne(a.Args[0])
		}
		name := ""
		if v.Call.IsInvoke() {
			if m.IsSupport(v.Call.Value.Type()) {
				return false // the support object's own count
			}
			name = v.Call.Method.Name()
		} else if callee := v.Call.StaticCallee(); callee != nil {
			if callee.Signature.Recv() != nil && len(v.Call.Args) > 0 && m.IsSupport(v.Call.Args[0].Type()) {
				return false
			}
			name = callee.Name()
			if len(v.Call.Args) > 0 && name == "Add" && IsMinusOne(v.Call.Args[len(v.Call.Args)-1]) {
				return true // atomic.Int32 and friends: x.Add(-1)
			}
			if ret := OnlyReturn(callee); ret != nil {
				for _, r := range ret.Results {
					if m.countLike(r, depth+1) {
						return true
					}
				}
			}
		}
		lower := strings.ToLower(name)
		// (Not "release": the result of another object's Release is
		// that object's count, as an open folder's.)
		for _, word := range []string{"dec", "unref", "drop"} {
			if strings.Contains(lower, word) {
				return true
			}
		}
	}
	return false
}

// OnlyReturn returns the only return of fn (a deferred call's recovery
// block aside), or nil: a condition on a call's result reads it.
func OnlyReturn(fn *ssa.Function) *ssa.Return {
	if fn == nil {
		return nil
	}
	var only *ssa.Return
	for _, b := range fn.Blocks {
		if b == fn.Recover {
			continue
		}
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok {
			if only != nil {
				return nil
			}
			only = ret
		}
	}
	return only
}

// Edges of a branch, for HeldEdge.
const (
	NoEdge    = 0
	TrueEdge  = 1
	FalseEdge = 2
)

// HeldEdge reports which edge of a branch on cond finds the store still
// held by something other than its reference count (at refcount): cond
// compares with zero a second count: an integer store field, or the length
// of one (open children in a slice or map), named as a count (children,
// nChildren, openCount, pending, ...). A length of other items (a list's
// entries) is not one: those do not hold the store. On the edge where that
// count is not zero the store is not destroyed yet, so the path is not
// the final release, whatever the reference count says. NoEdge for any
// other condition.
func (m *Model) HeldEdge(env *Env, cond ssa.Value, refcount Path) int {
	switch c := cond.(type) {
	case *ssa.UnOp:
		if c.Op == token.NOT {
			switch m.HeldEdge(env, c.X, refcount) {
			case TrueEdge:
				return FalseEdge
			case FalseEdge:
				return TrueEdge
			}
		}
		return NoEdge
	case *ssa.BinOp:
		x, y, op := c.X, c.Y, c.Op
		if isZeroConst(x) {
			x, y, op = y, x, mirror(op)
		}
		if !isZeroConst(y) || !m.secondCount(env, x, refcount) {
			return NoEdge
		}
		switch op {
		case token.EQL, token.LEQ: // count == 0, count <= 0: held when false
			return FalseEdge
		case token.NEQ, token.GTR: // count != 0, count > 0: held when true
			return TrueEdge
		}
	}
	return NoEdge
}

// secondCount reports whether v is a count of the store's other than the
// reference count: an integer store field, or len of a store field, whose
// name says it counts.
func (m *Model) secondCount(env *Env, v ssa.Value, refcount Path) bool {
	for {
		switch x := v.(type) {
		case *ssa.Convert:
			v = x.X
			continue
		case *ssa.ChangeType:
			v = x.X
			continue
		case *ssa.Call:
			if b, ok := x.Call.Value.(*ssa.Builtin); ok && b.Name() == "len" && len(x.Call.Args) == 1 {
				p := env.Resolve(x.Call.Args[0])
				return p.IsStoreField() && countName(p.FieldName())
			}
			return false
		}
		break
	}
	p := env.Resolve(v)
	return p.IsStoreField() && p != refcount && IsStateType(v.Type()) && !isBoolType(v.Type()) && countName(p.FieldName())
}

// countName reports whether a field's name (its last element) says it
// counts something: one of its words is a count word.
func countName(field string) bool {
	if i := strings.LastIndexByte(field, '.'); i >= 0 {
		field = field[i+1:]
	}
	for _, w := range words(field) {
		switch w {
		case "count", "cnt", "num", "children", "child", "childs", "pending", "open", "opened", "users", "holders", "clients", "active", "outstanding":
			return true
		}
	}
	return false
}

// words splits a Go identifier into its lower-case words: nChildren is n,
// children; open_count is open, count.
func words(id string) []string {
	var out []string
	start := 0
	for i, r := range id {
		if r == '_' {
			if i > start {
				out = append(out, strings.ToLower(id[start:i]))
			}
			start = i + 1
			continue
		}
		if i > start && unicode.IsUpper(r) {
			out = append(out, strings.ToLower(id[start:i]))
			start = i
		}
	}
	if start < len(id) {
		out = append(out, strings.ToLower(id[start:]))
	}
	return out
}

func isZeroConst(v ssa.Value) bool {
	c, ok := v.(*ssa.Const)
	return ok && c.Value != nil && c.Value.Kind() == constant.Int && constant.Sign(c.Value) == 0
}

func isBoolType(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsBoolean != 0
}

// mirror is the comparison with its operands swapped: 0 < x is x > 0.
func mirror(op token.Token) token.Token {
	switch op {
	case token.LSS:
		return token.GTR
	case token.GTR:
		return token.LSS
	case token.LEQ:
		return token.GEQ
	case token.GEQ:
		return token.LEQ
	}
	return op
}

// CountHelpers finds, from syntax, the functions of a package that
// decrement by one what a pointer parameter points to and return the new
// value, the shapes of a shared reference-count helper:
//
//	return atomic.AddInt32(p, -1)     // or AddInt64, AddUint32(p, ^uint32(0)), ...
//	return p.Add(-1)                  // p *atomic.Int32 and friends
//	*p--; return *p                   // or *p -= 1
//
// It returns each with the index of that parameter. Exported as part of
// the Summary fact, they let a store of another package keep its count
// with them (Model.CountHelper).
func CountHelpers(files []*ast.File, info *types.Info) map[*types.Func]int {
	out := map[*types.Func]int{}
	for fd, fn := range funcDecls(files, info) {
		if i, ok := countHelper(fd, fn, info); ok {
			out[fn] = i
		}
	}
	return out
}

func countHelper(fd *ast.FuncDecl, fn *types.Func, info *types.Info) (int, bool) {
	sig := fn.Type().(*types.Signature)
	if sig.Results().Len() != 1 {
		return 0, false
	}
	param := func(e ast.Expr) (int, bool) { // e names a pointer parameter
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return 0, false
		}
		for i := 0; i < sig.Params().Len(); i++ {
			if info.Uses[id] == sig.Params().At(i) {
				_, ptr := sig.Params().At(i).Type().Underlying().(*types.Pointer)
				return i, ptr
			}
		}
		return 0, false
	}
	deref := func(e ast.Expr) (int, bool) { // e is *p
		star, ok := ast.Unparen(e).(*ast.StarExpr)
		if !ok {
			return 0, false
		}
		return param(star.X)
	}
	minusOne := func(e ast.Expr) bool {
		tv, ok := info.Types[e]
		if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
			return false
		}
		if constant.Sign(tv.Value) < 0 {
			return constant.Compare(tv.Value, token.EQL, constant.MakeInt64(-1))
		}
		// ^uint32(0) and friends: the all-ones value of the type.
		if b, ok := tv.Type.Underlying().(*types.Basic); ok && b.Info()&types.IsUnsigned != 0 {
			size := types.SizesFor("gc", "amd64").Sizeof(b) * 8
			all := constant.Shift(constant.MakeUint64(1), token.SHL, uint(size))
			return constant.Compare(tv.Value, token.EQL, constant.BinaryOp(all, token.SUB, constant.MakeInt64(1)))
		}
		return false
	}
	stmts := fd.Body.List
	if len(stmts) == 0 {
		return 0, false
	}
	ret, ok := stmts[len(stmts)-1].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return 0, false
	}
	result := ast.Unparen(ret.Results[0])
	switch len(stmts) {
	case 1:
		call, ok := result.(*ast.CallExpr)
		if !ok {
			return 0, false
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return 0, false
		}
		callee, ok := info.Uses[sel.Sel].(*types.Func)
		if !ok || callee.Pkg() == nil || callee.Pkg().Path() != "sync/atomic" || !strings.HasPrefix(callee.Name(), "Add") {
			return 0, false
		}
		switch {
		case len(call.Args) == 2 && minusOne(call.Args[1]): // atomic.AddInt32(p, -1)
			return param(call.Args[0])
		case len(call.Args) == 1 && minusOne(call.Args[0]): // p.Add(-1)
			return param(sel.X)
		}
	case 2:
		i, ok := deref(result)
		if !ok {
			return 0, false
		}
		switch st := stmts[0].(type) {
		case *ast.IncDecStmt:
			if j, ok := deref(st.X); ok && j == i && st.Tok == token.DEC {
				return i, true
			}
		case *ast.AssignStmt:
			if j, ok := deref(st.Lhs[0]); ok && j == i && st.Tok == token.SUB_ASSIGN && len(st.Rhs) == 1 {
				if tv, ok := info.Types[st.Rhs[0]]; ok && tv.Value != nil && constant.Compare(tv.Value, token.EQL, constant.MakeInt64(1)) {
					return i, true
				}
			}
		}
	}
	return 0, false
}
