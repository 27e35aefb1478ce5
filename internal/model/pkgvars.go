package model

import (
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// Flags in package variables (SPEC §2). `var shutdownFlags = LOGOFF_NO_WAIT`
// is a constant in practice when nothing can change it: the variable is
// unexported (no other package can assign it), of an integer type, and no
// code of the package, other than its own declaration, assigns it or uses
// its address (&v, v passed to a function taking a pointer, a method with a
// pointer receiver called on it: in SSA, any use of the variable's address
// but a load). Its declaration must initialise it to a constant, or not at
// all (the zero value). Only the package's files being analysed count: an
// assignment in a _test.go file makes the variable unknown in the test
// variant of the package only.
//
// Anything else (exported, assigned anywhere, in init functions too,
// address taken, initialised from a call or another variable) is unknown,
// as any non-constant value.
//
// The answer is a property of the package, computed once for all its
// variables on the first question.

// constVarFlags returns the flags of the value package variable g holds,
// when g is constant in practice.
func (m *Model) constVarFlags(g *ssa.Global) (Flags, bool) {
	obj, ok := g.Object().(*types.Var)
	if !ok || g.Pkg == nil || !isFlagVar(obj) {
		return Flags{}, false
	}
	f, ok := m.constVarsOf(g.Pkg)[obj]
	return f, ok
}

func isFlagVar(v *types.Var) bool {
	if v.Exported() {
		return false
	}
	b, ok := v.Type().Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// constVarsOf returns the package's constant-in-practice flag variables
// and their values, computed on the first question (a Model serves one
// pass).
func (m *Model) constVarsOf(pkg *ssa.Package) map[*types.Var]Flags {
	if vals, ok := m.constVars[pkg]; ok {
		return vals
	}
	vals := computeConstVars(pkg)
	m.constVars[pkg] = vals
	return vals
}

// computeConstVars reads every function of pkg once, noting for each
// candidate variable its initial value and whether any use disqualifies it.
func computeConstVars(pkg *ssa.Package) map[*types.Var]Flags {
	type state struct {
		init   ssa.Value // the value the package initializer stores
		stores int
		bad    bool
	}
	cands := map[*ssa.Global]*state{}
	for _, mem := range pkg.Members {
		if g, ok := mem.(*ssa.Global); ok {
			if v, ok := g.Object().(*types.Var); ok && isFlagVar(v) {
				cands[g] = &state{}
			}
		}
	}
	if len(cands) == 0 {
		return nil
	}
	var ops []*ssa.Value
	for _, fn := range packageFuncs(pkg) {
		initializer := fn.Synthetic == "package initializer"
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				ops = instr.Operands(ops[:0])
				for _, op := range ops {
					g, ok := (*op).(*ssa.Global)
					if !ok {
						continue
					}
					st := cands[g]
					if st == nil {
						continue
					}
					switch in := instr.(type) {
					case *ssa.UnOp:
						if in.Op.String() == "*" && in.X == g {
							continue // a read
						}
					case *ssa.Store:
						if in.Addr == g && in.Val != g && initializer {
							st.stores++
							st.init = in.Val
							continue
						}
					}
					st.bad = true
				}
			}
		}
	}
	out := map[*types.Var]Flags{}
	for g, st := range cands {
		if st.bad || st.stores > 1 {
			continue
		}
		v := g.Object().(*types.Var)
		switch {
		case st.stores == 0:
			out[v] = Flags{Kinds: FlagOther} // the zero value
		default:
			if c, ok := st.init.(*ssa.Const); ok {
				if f := constFlags(c); f.Kinds&FlagUnknown == 0 {
					out[v] = f
				}
			}
		}
	}
	return out
}

// packageFuncs lists the functions whose code belongs to pkg: its
// package-level functions (the package initializer and init functions
// included), the methods of its types, and their closures, recursively.
func packageFuncs(pkg *ssa.Package) []*ssa.Function {
	var out []*ssa.Function
	seen := map[*ssa.Function]bool{}
	var add func(fn *ssa.Function)
	add = func(fn *ssa.Function) {
		if fn == nil || seen[fn] {
			return
		}
		seen[fn] = true
		out = append(out, fn)
		for _, anon := range fn.AnonFuncs {
			add(anon)
		}
	}
	for _, mem := range pkg.Members {
		switch mem := mem.(type) {
		case *ssa.Function:
			add(mem)
		case *ssa.Type:
			if named, ok := types.Unalias(mem.Type()).(*types.Named); ok {
				for i := 0; i < named.NumMethods(); i++ {
					add(pkg.Prog.FuncValue(named.Method(i)))
				}
			}
		}
	}
	return out
}
