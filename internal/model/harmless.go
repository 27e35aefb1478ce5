package model

import (
	"go/ast"
	"go/types"
	"iter"

	"golang.org/x/tools/go/types/typeutil"
)

// HarmlessFuncs finds, from syntax and types alone, the exported functions
// of a package that only lock, log, format or compute: every call in their
// bodies is a conversion, a builtin, a call into a harmless library, or a
// call to a function known harmless (in this package, or by external's
// answer for other packages). It lets packages that hold no MAPI code,
// such as a provider's logging package, tell the stores that calling them
// first is harmless, without building SSA.
//
// Functions for which decided reports true are left out: they have a
// Summary of their own, and a call to one of them is judged, like a call
// into another package, by external. decided may be nil.
func (m *Model) HarmlessFuncs(files []*ast.File, info *types.Info, external, decided func(*types.Func) bool) []*types.Func {
	bodies := map[*types.Func]*ast.BlockStmt{}
	for fd, obj := range funcDecls(files, info) {
		if decided == nil || !decided(obj) {
			bodies[obj] = fd.Body
		}
	}
	harmless := map[*types.Func]bool{}
	for fn := range bodies {
		harmless[fn] = true
	}
	for changed := true; changed; {
		changed = false
		for fn, body := range bodies {
			if harmless[fn] && !m.harmlessBody(body, info, harmless, external) {
				harmless[fn] = false
				changed = true
			}
		}
	}
	var out []*types.Func
	for fn, ok := range harmless {
		if ok && fn.Exported() {
			out = append(out, fn)
		}
	}
	return out
}

func (m *Model) harmlessBody(body *ast.BlockStmt, info *types.Info, local map[*types.Func]bool, external func(*types.Func) bool) bool {
	ok := true
	ast.Inspect(body, func(n ast.Node) bool {
		if !ok {
			return false
		}
		switch n := n.(type) {
		case *ast.GoStmt:
			ok = false
		case *ast.CallExpr:
			if tv, isType := info.Types[n.Fun]; isType && tv.IsType() {
				return true // a conversion
			}
			if _, lit := ast.Unparen(n.Fun).(*ast.FuncLit); lit {
				return true // func() { ... }(): its body is inspected with the rest
			}
			switch callee := typeutil.Callee(info, n).(type) {
			case *types.Builtin:
			case *types.Func:
				sig := callee.Type().(*types.Signature)
				switch {
				case sig.Recv() != nil && types.IsInterface(sig.Recv().Type()):
					ok = false // dynamic dispatch
				case callee.Pkg() == nil:
				case m.harmless[callee.FullName()] || harmlessPkgs[callee.Pkg().Path()] || m.harmless[callee.Pkg().Path()]:
					ok = !isNoReturnName(callee.Pkg().Path(), callee.Name())
				case local[callee.Origin()]:
				default:
					ok = external(callee.Origin())
				}
			default:
				ok = false // a function value
			}
		}
		return ok
	})
	return ok
}

// funcDecls yields the functions and methods declared with a body in
// files, with their objects.
func funcDecls(files []*ast.File, info *types.Info) iter.Seq2[*ast.FuncDecl, *types.Func] {
	return func(yield func(*ast.FuncDecl, *types.Func) bool) {
		for _, f := range files {
			for _, decl := range f.Decls {
				fd, ok := decl.(*ast.FuncDecl)
				if !ok || fd.Body == nil {
					continue
				}
				if obj, ok := info.Defs[fd.Name].(*types.Func); ok && !yield(fd, obj) {
					return
				}
			}
		}
	}
}
