package model

import (
	"go/ast"
	"go/build"
	"go/token"
	"go/types"
	"path/filepath"
	"strings"
)

// Relevant decides cheaply, from types and comments already loaded, whether
// a package can hold a store or a helper that matters: it or a package it
// imports declares a support object, a store, or a vtable with their slots,
// or a function taking a value of that shape (an interface literal or a
// type parameter spelt in its signature), or it carries a mapilint
// directive. Other packages are not analysed and pay nothing for SSA.
//
// A function that only takes something it can Release (a COM helper of
// go-ole, wmi, winrt-go: they all do) does not make its package relevant:
// no store can hand it the support object by type, and when a store hands
// it the support object as such a value, the call is unknown code that
// receives the support object, which the engine treats as escaping
// (silence), not as a violation.
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
		obj := scope.Lookup(name)
		if fn, ok := obj.(*types.Func); ok && takesMAPIShape(fn) {
			return true
		}
		tn, ok := obj.(*types.TypeName)
		if !ok {
			continue
		}
		t := tn.Type()
		if declaresMethod(t, "StoreLogoffTransports") || declaresMethod(t, "StoreLogoff") {
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

// takesMAPIShape reports whether a package function takes a parameter
// that declares StoreLogoffTransports, or StoreLogoff and Release: a value
// of a support or store shape spelt in the signature itself (a named type
// of that shape is already found in its declaring package's scope).
func takesMAPIShape(fn *types.Func) bool {
	params := fn.Type().(*types.Signature).Params()
	for i := 0; i < params.Len(); i++ {
		t := params.At(i).Type()
		if declaresMethod(t, "StoreLogoffTransports") || declaresMethod(t, "StoreLogoff") && declaresMethod(t, "Release") {
			return true
		}
	}
	return false
}

// declaresMethod is a cheap hasMethod for the gate: a method declared on
// the named type (or its pointer) or in an interface's method set (a type
// parameter's: its constraint's), without the full lookup of promoted
// methods, which the gate can do without.
func declaresMethod(t types.Type, name string) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	if iface, ok := t.Underlying().(*types.Interface); ok {
		for i := 0; i < iface.NumMethods(); i++ {
			if iface.Method(i).Name() == name {
				return true
			}
		}
		return false
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		for i := 0; i < n.NumMethods(); i++ {
			if n.Method(i).Name() == name {
				return true
			}
		}
	}
	return false
}

// InGoroot reports whether the package's files are in the Go toolchain's
// source tree: the standard library.
func InGoroot(fset *token.FileSet, files []*ast.File) bool {
	if len(files) == 0 {
		return false
	}
	root := filepath.Join(build.Default.GOROOT, "src") + string(filepath.Separator)
	return strings.HasPrefix(fset.File(files[0].Pos()).Name(), root)
}
