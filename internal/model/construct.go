package model

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
)

// A Construction is a place a store value is built, with the value it
// gives one field: the deferred protocol's saved flags.
type Construction struct {
	Pos   token.Pos
	Value uint64 // the field's initial value
	Known bool   // Value is a constant (else the analysis cannot tell)
}

// Constructions finds the composite literals of the store type and the
// initial value each leaves in field, counting an assignment of a constant
// to that field elsewhere in the same function as part of the construction.
func Constructions(files []*ast.File, info *types.Info, store types.Type, field string) []Construction {
	named := namedOf(store)
	if named == nil {
		return nil
	}
	var out []Construction
	for _, f := range files {
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			assigned, hasAssign := assignedConst(fd.Body, info, field)
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				lit, ok := n.(*ast.CompositeLit)
				if !ok || namedOf(info.TypeOf(lit)) != named {
					return true
				}
				c := Construction{Pos: lit.Pos(), Known: true}
				if hasAssign {
					c.Value, c.Known = assigned.v, assigned.ok
				} else if v, ok := keyedValue(lit, info, field); ok {
					c.Value, c.Known = v.v, v.ok
				} else if len(lit.Elts) > 0 {
					if _, keyed := lit.Elts[0].(*ast.KeyValueExpr); !keyed {
						c.Known = false // positional literal: not worth guessing
					}
				}
				out = append(out, c)
				return true
			})
		}
	}
	return out
}

type constUint struct {
	v  uint64
	ok bool
}

func constOf(info *types.Info, e ast.Expr) constUint {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
		return constUint{}
	}
	v, ok := constant.Uint64Val(tv.Value)
	return constUint{v, ok}
}

func keyedValue(lit *ast.CompositeLit, info *types.Info, field string) (constUint, bool) {
	for _, e := range lit.Elts {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == field {
				return constOf(info, kv.Value), true
			}
		}
	}
	return constUint{}, false
}

// assignedConst finds x.field = value in body.
func assignedConst(body *ast.BlockStmt, info *types.Info, field string) (constUint, bool) {
	var out constUint
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || len(as.Lhs) != len(as.Rhs) {
			return true
		}
		for i, lhs := range as.Lhs {
			if sel, ok := lhs.(*ast.SelectorExpr); ok && sel.Sel.Name == field {
				out, found = constOf(info, as.Rhs[i]), true
			}
		}
		return true
	})
	return out, found
}
