package engine

import (
	"go/ast"
	"go/types"

	"github.com/mapilint/mapilint/internal/model"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
)

// buildSSA builds the package's SSA form as buildssa does, but only when
// the engine needs it: most packages hold no store and skip this cost. It
// does without the ctrlflow pass (and its facts about every function of
// every package), which costs more than the rest of the engine on code
// without stores.
func buildSSA(pass *analysis.Pass) []*ssa.Function {
	prog := ssa.NewProgram(pass.Fset, 0)
	// Library calls that end the program end their block (os.Exit,
	// log.Fatal); same-package helpers that never return show it in the
	// engine's own analysis, which leaves no path after them.
	prog.SetNoReturn(model.NoReturn)
	for _, p := range pass.Pkg.Imports() {
		prog.CreatePackage(p, nil, nil, true)
	}
	pkg := prog.CreatePackage(pass.Pkg, pass.Files, pass.TypesInfo, false)
	pkg.Build()

	var funcs []*ssa.Function
	var add func(f *ssa.Function)
	add = func(f *ssa.Function) {
		funcs = append(funcs, f)
		for _, anon := range f.AnonFuncs {
			add(anon)
		}
	}
	for _, file := range pass.Files {
		for _, decl := range file.Decls {
			if decl, ok := decl.(*ast.FuncDecl); ok {
				if obj, ok := pass.TypesInfo.Defs[decl.Name].(*types.Func); ok {
					if f := prog.FuncValue(obj); f != nil {
						add(f)
					}
				}
			}
		}
	}
	return funcs
}
