package difftest

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/mapilint/mapilint/internal/engine"
	"github.com/mapilint/mapilint/passes/abortflag"
	"github.com/mapilint/mapilint/passes/releaseorder"
	"github.com/mapilint/mapilint/passes/storelogoff"
)

// Analyzers are the passes under test.
var Analyzers = []*analysis.Analyzer{storelogoff.Analyzer, releaseorder.Analyzer, abortflag.Analyzer}

// ImportPrefix is the import path prefix of generated packages, under
// GOPATH/src (the layout analysistest uses).
const ImportPrefix = "difftest"

// Result is what the analyzers reported on one program.
type Result struct {
	Program *Program
	Src     []byte
	File    string // where the source was written
	Diags   []Diag
	// LogoffBounded, ReleaseBounded: the engine joined paths of that
	// function to keep its bound (flow.Result.Bounded; for StoreLogoff
	// also when a first analysis lost deferred calls that may write
	// tracking state, engine.Store.KeysIncomplete), so what it reports
	// there may be less than the oracle requires, never more.
	LogoffBounded, ReleaseBounded bool
	// Costs are the engine's analyses of the program's functions.
	Costs []engine.Cost
}

// The standard packages a generated file imports, type-checked once from
// export data (go list -export) and shared by every run in the process.
var std struct {
	once sync.Once
	fset *token.FileSet
	pkgs map[string]*types.Package
	err  error
}

func loadStd() error {
	std.once.Do(func() {
		std.fset = token.NewFileSet()
		cfg := &packages.Config{Mode: packages.NeedName | packages.NeedTypes, Fset: std.fset}
		pkgs, err := packages.Load(cfg, "context", "errors", "log", "sync", "sync/atomic", "time")
		if err != nil {
			std.err = err
			return
		}
		std.pkgs = map[string]*types.Package{}
		for _, p := range pkgs {
			if len(p.Errors) > 0 {
				std.err = fmt.Errorf("loading %s: %v", p.PkgPath, p.Errors[0])
				return
			}
			std.pkgs[p.PkgPath] = p.Types
		}
	})
	return std.err
}

// importer finds the standard packages, and the program's helper package
// when it has one.
type importer struct{ helper *packages.Package }

func (i importer) Import(path string) (*types.Package, error) {
	if p := std.pkgs[path]; p != nil {
		return p, nil
	}
	if i.helper != nil && i.helper.PkgPath == path {
		return i.helper.Types, nil
	}
	return nil, fmt.Errorf("difftest: generated code imports %q", path)
}

// Analyze renders each program into dir/src/difftest/<pkg>/store.go (a
// GOPATH tree, as analysistest lays out testdata), and its helper package,
// if any, into dir/src/difftest/<pkg>/shutdown/shutdown.go; type-checks
// them in process against the standard library's export data, and runs
// the three analyzers on all of them at once with the go/analysis
// checker (a helper package is analysed as a dependency, for its facts).
// A program's package must be named uniquely within the call.
//
// The generated packages import only standard packages whose calls the
// passes judge by package path (errors, log, time, context, sync,
// sync/atomic), so the checker is not asked to analyse the standard
// library for facts (each package's Imports holds only the helper
// package): that would cost seconds per program and change nothing.
func Analyze(dir string, progs []*Program) ([]*Result, error) {
	if err := loadStd(); err != nil {
		return nil, err
	}
	fset := std.fset
	results := make([]*Result, len(progs))
	byPath := map[string]*Result{}
	var pkgs []*packages.Package
	for i, p := range progs {
		p.Path = ImportPrefix + "/" + p.Pkg
		pkgDir := filepath.Join(dir, "src", ImportPrefix, p.Pkg)
		var helper *packages.Package
		if hsrc := RenderHelpers(p); hsrc != nil {
			hdir := filepath.Join(pkgDir, "shutdown")
			if err := os.MkdirAll(hdir, 0o755); err != nil {
				return nil, err
			}
			hfile := filepath.Join(hdir, "shutdown.go")
			if err := os.WriteFile(hfile, hsrc, 0o644); err != nil {
				return nil, err
			}
			var err error
			helper, err = typeCheck(fset, p.HelperPath(), hfile, hsrc, importer{})
			if err != nil {
				return nil, fmt.Errorf("%s's helper package does not compile: %v\n%s", p.Pkg, err, Listing(hsrc))
			}
		}
		src := Render(p, "")
		if err := os.MkdirAll(pkgDir, 0o755); err != nil {
			return nil, err
		}
		file := filepath.Join(pkgDir, "store.go")
		if err := os.WriteFile(file, src, 0o644); err != nil {
			return nil, err
		}
		pkg, err := typeCheck(fset, p.Path, file, src, importer{helper})
		if err != nil {
			return nil, fmt.Errorf("%s does not compile: %v\n%s", p.Pkg, err, Listing(src))
		}
		if helper != nil {
			pkg.Imports = map[string]*packages.Package{helper.PkgPath: helper}
		}
		results[i] = &Result{Program: p, Src: src, File: file}
		byPath[pkg.PkgPath] = results[i]
		pkgs = append(pkgs, pkg)
	}
	// The engine is a root too, so that its result (the costs) is kept.
	graph, err := checker.Analyze(append([]*analysis.Analyzer{engine.Analyzer}, Analyzers...), pkgs, nil)
	if err != nil {
		return nil, err
	}
	for act := range graph.All() {
		res, ok := act.Result.(*engine.Result)
		if !ok {
			continue
		}
		r := byPath[act.Package.PkgPath]
		if r == nil {
			continue // a helper package
		}
		r.Costs = res.Costs
		for _, st := range res.Stores {
			r.LogoffBounded = r.LogoffBounded || (st.Logoff != nil && st.Logoff.Bounded) || st.KeysIncomplete
			r.ReleaseBounded = r.ReleaseBounded || (st.Release != nil && st.Release.Bounded)
		}
	}
	for _, act := range graph.Roots {
		if act.Err != nil {
			return nil, fmt.Errorf("%s on %s: %v", act.Analyzer.Name, act.Package.PkgPath, act.Err)
		}
		r := byPath[act.Package.PkgPath]
		for _, d := range act.Diagnostics {
			r.Diags = append(r.Diags, Diag{Pass: act.Analyzer.Name, Line: fset.Position(d.Pos).Line, Msg: d.Message})
		}
	}
	return results, nil
}

func typeCheck(fset *token.FileSet, path, file string, src []byte, imp importer) (*packages.Package, error) {
	f, err := parser.ParseFile(fset, file, src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	info := &types.Info{
		Types:        map[ast.Expr]types.TypeAndValue{},
		Defs:         map[*ast.Ident]types.Object{},
		Uses:         map[*ast.Ident]types.Object{},
		Implicits:    map[ast.Node]types.Object{},
		Instances:    map[*ast.Ident]types.Instance{},
		Scopes:       map[ast.Node]*types.Scope{},
		Selections:   map[*ast.SelectorExpr]*types.Selection{},
		FileVersions: map[*ast.File]string{},
	}
	sizes := types.SizesFor("gc", runtime.GOARCH)
	conf := &types.Config{Importer: imp, Sizes: sizes}
	tpkg, err := conf.Check(path, fset, []*ast.File{f}, info)
	if err != nil {
		return nil, err
	}
	return &packages.Package{
		ID:              path,
		Name:            tpkg.Name(),
		PkgPath:         path,
		GoFiles:         []string{file},
		CompiledGoFiles: []string{file},
		Fset:            fset,
		Syntax:          []*ast.File{f},
		Types:           tpkg,
		TypesInfo:       info,
		TypesSizes:      sizes,
	}, nil
}

// Verdict is the outcome of comparing one analyzer run with the oracle.
type Verdict struct {
	Missing    []Diag // the oracle requires them; the analyzer did not report them
	Unexpected []Diag // the analyzer reported them; the oracle does not allow them
}

// OK reports whether the run agrees with the expectation.
func (v Verdict) OK() bool { return len(v.Missing) == 0 && len(v.Unexpected) == 0 }

func (v Verdict) String() string {
	var b strings.Builder
	for _, d := range v.Missing {
		fmt.Fprintf(&b, "  missing:    %s\n", d)
	}
	for _, d := range v.Unexpected {
		fmt.Fprintf(&b, "  unexpected: %s\n", d)
	}
	return b.String()
}

// matches: same pass and line, and the reported message starts with the
// expected one (a pass may append detail).
func matches(got, want Diag) bool {
	return got.Pass == want.Pass && got.Line == want.Line && strings.HasPrefix(got.Msg, want.Msg)
}

// Compare checks reported diagnostics against an expectation.
func Compare(exp *Expectation, got []Diag) Verdict {
	var v Verdict
	for _, w := range Sorted(exp.Must) {
		found := false
		for _, g := range got {
			found = found || matches(g, w)
		}
		if !found {
			v.Missing = append(v.Missing, w)
		}
	}
	for _, g := range got {
		allowed := false
		for w := range exp.May {
			allowed = allowed || matches(g, w)
		}
		if !allowed {
			v.Unexpected = append(v.Unexpected, g)
		}
	}
	return v
}

// Class is how a program's analysis compares with the oracle.
type Class uint8

// Classes.
const (
	Agree   Class = iota // agrees with the oracle
	Differs              // a disagreement
	Skipped              // too many paths for the oracle
)

// Judgement is the comparison of one run with the oracle.
type Judgement struct {
	Class   Class
	Verdict Verdict
	Paths   int
}

// Judge compares a result with the oracle.
func Judge(r *Result) (Judgement, error) {
	exp, err := Expect(r.Program, Ideal)
	if err == ErrTooManyPaths {
		return Judgement{Class: Skipped}, nil
	}
	if err != nil {
		return Judgement{}, err
	}
	// Where the engine joined paths to keep its bound it may stay silent
	// (README "Bounded cost"), never report more. Joins in StoreLogoff
	// may drop the deferred calls that write tracking state, and then
	// Release's paths through guards on other fields are widened too.
	if r.LogoffBounded {
		exp.relax("storelogoff")
		exp.relax("abortflag")
		exp.relax("releaseorder")
	}
	if r.ReleaseBounded {
		exp.relax("releaseorder")
		exp.relax("abortflag")
	}
	j := Judgement{Verdict: Compare(exp, r.Diags), Paths: exp.Paths}
	if !j.Verdict.OK() {
		j.Class = Differs
	}
	return j, nil
}

// Check analyses one program and judges the result.
func Check(dir string, p *Program) (*Result, Judgement, error) {
	rs, err := Analyze(dir, []*Program{p})
	if err != nil {
		return nil, Judgement{}, err
	}
	j, err := Judge(rs[0])
	return rs[0], j, err
}

// signature is what kind of disagreement a judgement shows: direction,
// pass and message of each difference, lines left out.
func signature(j Judgement) map[string]bool {
	sig := map[string]bool{}
	for _, d := range j.Verdict.Missing {
		sig["missing "+d.Pass+": "+d.Msg] = true
	}
	for _, d := range j.Verdict.Unexpected {
		sig["unexpected "+d.Pass+": "+d.Msg] = true
	}
	return sig
}

// Minimize shrinks a program that Differs from the oracle to a smaller
// one showing a disagreement of the same kind (one of the same
// differences, lines aside).
func Minimize(dir string, p *Program) (*Program, error) {
	_, j, err := Check(dir, p)
	if err != nil {
		return nil, err
	}
	if j.Class != Differs {
		return p, nil
	}
	want := signature(j)
	var failure error
	small := Shrink(p, func(c *Program) bool {
		if failure != nil {
			return false
		}
		_, cj, err := Check(dir, c)
		if err != nil {
			failure = err
			return false
		}
		if cj.Class != Differs {
			return false
		}
		for s := range signature(cj) {
			if want[s] {
				return true
			}
		}
		return false
	})
	// Re-render so the lines recorded in small are its own.
	Render(small, "")
	return small, failure
}
