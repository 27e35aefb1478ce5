package engine

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
	"golang.org/x/tools/go/ssa/ssautil"
)

// TestGuard checks that a panic while analysing one function becomes a
// Failure naming it, and that work after it still runs.
func TestGuard(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", "package p\n\nfunc Broken() {}\n", 0)
	require.NoError(t, err)
	pkg, _, err := ssautil.BuildPackage(&types.Config{}, fset, types.NewPackage("p", "p"), []*ast.File{f}, ssa.SanityCheckFunctions)
	require.NoError(t, err)
	fn := pkg.Func("Broken")

	res := &Result{}
	res.guard(fn, func() { panic("boom") })
	ran := false
	res.guard(fn, func() { ran = true })

	require.True(t, ran)
	require.Len(t, res.Failures, 1)
	require.Equal(t, "p.Broken", res.Failures[0].Func)
	require.Equal(t, "boom", res.Failures[0].Panic)
	require.Equal(t, 3, fset.Position(res.Failures[0].Pos).Line)
}

// TestGuardPackage checks that a panic outside the functions' own
// analysis replaces the package's result with one Failure about the
// package, at its package clause.
func TestGuardPackage(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", "// Package p.\npackage p\n", 0)
	require.NoError(t, err)
	pass := &analysis.Pass{Fset: fset, Files: []*ast.File{f}, Pkg: types.NewPackage("example.com/p", "p")}

	res := &Result{Stores: []*Store{{}}}
	res.guardPackage(pass, func() { panic("boom") })

	require.Empty(t, res.Stores)
	require.Len(t, res.Failures, 1)
	require.Equal(t, "package example.com/p", res.Failures[0].Func)
	require.Equal(t, "boom", res.Failures[0].Panic)
	require.Equal(t, 2, fset.Position(res.Failures[0].Pos).Line)
}
