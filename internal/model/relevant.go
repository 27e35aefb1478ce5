package model

import (
	"go/ast"
	"go/types"
	"strings"
)

// Relevant decides cheaply, from types and comments already loaded, whether
// a package can hold a store or a helper that matters: it or a package it
// imports declares a support object, a store, or a vtable with their slots,
// or it carries a mapilint directive. Other packages are not analysed and
// pay nothing for SSA.
func Relevant(pkg *types.Package, files []*ast.File) bool {
	if declaresMAPI(pkg) {
		return true
	}
	for _, imp := range pkg.Imports() {
		if declaresMAPI(imp) {
			return true
		}
	}
	for _, f := range files {
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				if strings.HasPrefix(c.Text, "//mapilint:") {
					return true
				}
			}
		}
	}
	return false
}

func declaresMAPI(pkg *types.Package) bool {
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok {
			continue
		}
		t := tn.Type()
		if hasMethod(t, "StoreLogoffTransports") || hasMethod(t, "StoreLogoff") {
			return true
		}
		if s, ok := t.Underlying().(*types.Struct); ok {
			for i := 0; i < s.NumFields(); i++ {
				if n := s.Field(i).Name(); n == "StoreLogoffTransports" || n == "StoreLogoff" {
					return true
				}
			}
		}
	}
	return false
}
