package report

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
	"golang.org/x/tools/go/ssa/ssautil"
)

// TestGuard checks that a panic in a pass's check of a function becomes
// one diagnostic at the function's name that names it and asks for a
// report, and that the checks after it still run and report.
func TestGuard(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", "package p\n\ntype S struct{}\n\nfunc (*S) Release() uint32 { return 0 }\n\nfunc (*S) StoreLogoff() {}\n", parser.ParseComments)
	require.NoError(t, err)
	pkg, _, err := ssautil.BuildPackage(&types.Config{}, fset, types.NewPackage("example.com/p", "p"), []*ast.File{f}, ssa.SanityCheckFunctions)
	require.NoError(t, err)
	methods := map[string]*ssa.Function{}
	named := pkg.Pkg.Scope().Lookup("S").Type().(*types.Named)
	for i := range named.NumMethods() {
		methods[named.Method(i).Name()] = pkg.Prog.FuncValue(named.Method(i))
	}
	release, logoff := methods["Release"], methods["StoreLogoff"]
	require.NotNil(t, release)
	require.NotNil(t, logoff)

	var diags []analysis.Diagnostic
	pass := &analysis.Pass{Fset: fset, Files: []*ast.File{f}, Report: func(d analysis.Diagnostic) { diags = append(diags, d) }}
	rep := New(pass)
	rep.Guard(release, func() { panic("boom") })
	rep.Guard(logoff, func() { rep.Report(logoff.Pos(), "after the panic") })

	require.Len(t, diags, 2)
	assert.Equal(t, "mapilint could not analyse (*example.com/p.S).Release (internal error: boom); please report this at https://github.com/mapilint/mapilint/issues", diags[0].Message)
	assert.Equal(t, 5, fset.Position(diags[0].Pos).Line)
	assert.Equal(t, "after the panic", diags[1].Message)
}
