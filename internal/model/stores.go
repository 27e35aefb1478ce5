package model

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// A Store is one message store implementation found in a package: the
// functions playing the StoreLogoff and Release roles. Either may be nil
// when only one was found (a directive on one function, say).
type Store struct {
	Name        string     // the store type's name, for messages
	Type        types.Type // the store type (parameter 0 of both roles), if any
	StoreLogoff *ssa.Function
	Release     *ssa.Function
}

// Directives that mark a function's role when no other shape applies.
const (
	DirectiveStoreLogoff = "//mapilint:storelogoff"
	DirectiveRelease     = "//mapilint:release"
)

// FindStores recognises the stores of a package in the four shapes of
// SPEC §2: methods of a type whose method set has StoreLogoff and Release;
// the same on vtable wrapper structs; free functions stored into vtable
// slots named StoreLogoff and Release; functions carrying a directive.
// Wrappers that hold no support object and forward StoreLogoff to another
// object's are left out (isWrapper).
func (m *Model) FindStores(files []*ast.File, info *types.Info, funcs []*ssa.Function) []*Store {
	byObj := map[*types.Func]*ssa.Function{}
	for _, fn := range funcs {
		if obj, ok := fn.Object().(*types.Func); ok {
			byObj[obj] = fn
		}
	}
	stores := map[string]*Store{}
	get := func(key string, t types.Type) *Store {
		s := stores[key]
		if s == nil {
			s = &Store{Name: key, Type: t}
			stores[key] = s
		}
		return s
	}

	// (a), (b): methods on named types.
	for _, fn := range funcs {
		recv := fn.Signature.Recv()
		if recv == nil || fn.Synthetic != "" || (fn.Name() != "StoreLogoff" && fn.Name() != "Release") {
			continue
		}
		named := namedOf(recv.Type())
		if named == nil || !m.isStoreType(named) {
			continue
		}
		m.assign(get(named.Obj().Name(), named), fn.Name(), fn)
	}

	// (c) vtable callbacks and (d) directives.
	var callbacks []roleFunc
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncDecl:
				if role := directiveRole(n.Doc); role != "" {
					if fn := byObj[objOf(info, n.Name)]; fn != nil {
						callbacks = append(callbacks, roleFunc{role, fn, true})
					}
				}
			case *ast.KeyValueExpr:
				if id, ok := n.Key.(*ast.Ident); ok {
					callbacks = appendCallback(callbacks, id.Name, n.Value, info, byObj)
				}
			case *ast.AssignStmt:
				for i, lhs := range n.Lhs {
					if sel, ok := lhs.(*ast.SelectorExpr); ok && i < len(n.Rhs) && len(n.Lhs) == len(n.Rhs) {
						callbacks = appendCallback(callbacks, sel.Sel.Name, n.Rhs[i], info, byObj)
					}
				}
			}
			return true
		})
	}
	hasLogoff := map[string]bool{}
	for _, c := range callbacks {
		if c.role == "StoreLogoff" {
			hasLogoff[storeKey(c.fn)] = true
		}
	}
	for _, c := range callbacks {
		key := storeKey(c.fn)
		// A Release slot alone is any COM object's; it belongs to a
		// store only beside a StoreLogoff slot or under a directive.
		if c.role == "Release" && !c.directive && !hasLogoff[key] {
			continue
		}
		var t types.Type
		if len(c.fn.Params) > 0 {
			t = c.fn.Params[0].Type()
		}
		m.assign(get(key, t), c.role, c.fn)
	}

	var out []*Store
	for _, s := range stores {
		// A wrapper in front of another provider's store (no support
		// object, a forwarding StoreLogoff) is not a store to check.
		if !m.isWrapper(s) {
			out = append(out, s)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

func (m *Model) assign(s *Store, role string, fn *ssa.Function) {
	if role == "StoreLogoff" && s.StoreLogoff == nil {
		s.StoreLogoff = fn
	}
	if role == "Release" && s.Release == nil {
		s.Release = fn
	}
}

type roleFunc struct {
	role      string
	fn        *ssa.Function
	directive bool
}

// appendCallback records fn when value (fn, or NewCallback(fn)) is stored
// into a vtable slot named StoreLogoff or Release.
func appendCallback(out []roleFunc, slot string, value ast.Expr, info *types.Info, byObj map[*types.Func]*ssa.Function) []roleFunc {
	if slot != "StoreLogoff" && slot != "Release" {
		return out
	}
	value = ast.Unparen(value)
	if call, ok := value.(*ast.CallExpr); ok && len(call.Args) == 1 {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "NewCallback" {
			if pkg, ok := info.Uses[identOf(sel.X)].(*types.PkgName); ok {
				if p := pkg.Imported().Path(); p == "syscall" || p == "golang.org/x/sys/windows" {
					value = ast.Unparen(call.Args[0])
				}
			}
		}
	}
	id, ok := value.(*ast.Ident)
	if !ok {
		return out
	}
	fn := byObj[objOf(info, id)]
	if fn == nil || fn.Signature.Recv() != nil || len(fn.Params) == 0 {
		return out
	}
	return append(out, roleFunc{slot, fn, false})
}

func identOf(e ast.Expr) *ast.Ident {
	id, _ := e.(*ast.Ident)
	return id
}

func objOf(info *types.Info, id *ast.Ident) *types.Func {
	if id == nil {
		return nil
	}
	if f, ok := info.Defs[id].(*types.Func); ok {
		return f
	}
	f, _ := info.Uses[id].(*types.Func)
	return f
}

// storeKey groups callbacks and directive functions by the store they act
// on: the named type of their first parameter (or receiver).
func storeKey(fn *ssa.Function) string {
	if len(fn.Params) > 0 {
		if n := namedOf(fn.Params[0].Type()); n != nil {
			return n.Obj().Name()
		}
		return types.TypeString(fn.Params[0].Type(), nil)
	}
	return fn.Name()
}

func directiveRole(doc *ast.CommentGroup) string {
	if doc == nil {
		return ""
	}
	for _, c := range doc.List {
		switch strings.TrimSpace(c.Text) {
		case DirectiveStoreLogoff:
			return "StoreLogoff"
		case DirectiveRelease:
			return "Release"
		}
	}
	return ""
}

// isStoreType: both roles in the method set, and not a support object.
func (m *Model) isStoreType(n *types.Named) bool {
	return hasMethod(n, "StoreLogoff") && hasMethod(n, "Release") && !hasMethod(n, "StoreLogoffTransports")
}

func namedOf(t types.Type) *types.Named {
	if p, ok := types.Unalias(t).Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	n, _ := types.Unalias(t).(*types.Named)
	if n != nil {
		n = n.Origin()
	}
	return n
}

// NamePos is where a diagnostic about a whole function goes: its name.
func NamePos(fn *ssa.Function) token.Pos {
	if fd, ok := fn.Syntax().(*ast.FuncDecl); ok {
		return fd.Name.Pos()
	}
	return fn.Pos()
}
