package model

import (
	"go/ast"
	"go/types"
)

// Getters finds, from syntax, the functions of a package whose body is
// return *p for a pointer parameter p to a boolean or an integer
// (shutdown.IsSet(&s.loggedOff)), with the index of that parameter.
// Exported as part of the Summary fact, they let a store of another
// package test its state through them as if it read the field.
func Getters(files []*ast.File, info *types.Info) map[*types.Func]int {
	out := map[*types.Func]int{}
	for fd, fn := range funcDecls(files, info) {
		if len(fd.Body.List) != 1 {
			continue
		}
		ret, ok := fd.Body.List[0].(*ast.ReturnStmt)
		if !ok || len(ret.Results) != 1 {
			continue
		}
		star, ok := ast.Unparen(ret.Results[0]).(*ast.StarExpr)
		if !ok {
			continue
		}
		id, ok := ast.Unparen(star.X).(*ast.Ident)
		if !ok {
			continue
		}
		sig := fn.Type().(*types.Signature)
		for i := 0; i < sig.Params().Len(); i++ {
			if p := sig.Params().At(i); info.Uses[id] == p && IsStatePointer(p.Type()) {
				out[fn] = i
			}
		}
	}
	return out
}
