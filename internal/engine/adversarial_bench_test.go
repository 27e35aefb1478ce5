package engine_test

import (
	"fmt"
	"go/types"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/ssa"
	"golang.org/x/tools/go/ssa/ssautil"

	"github.com/mapilint/mapilint/internal/adversarial"
	"github.com/mapilint/mapilint/internal/flow"
	"github.com/mapilint/mapilint/internal/model"
)

// BenchmarkAdversarial measures the engine's analysis of the Release of
// each adversarial shape at size 200 alone (its time and allocation per
// analysis), as the engine runs it: tracking state from StoreLogoff first.
//
//	go test -run '^$' -bench Adversarial -benchmem ./internal/engine
func BenchmarkAdversarial(b *testing.B) {
	gopath := b.TempDir()
	var patterns []string
	for _, shape := range adversarial.Shapes() {
		pkg := "bench" + shape.String()
		dir := filepath.Join(gopath, "src", pkg)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "store.go"), adversarial.Generate(pkg, shape, 200), 0o644); err != nil {
			b.Fatal(err)
		}
		patterns = append(patterns, pkg)
	}
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax,
		Dir:  filepath.Join(gopath, "src"),
		Env:  append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOPROXY=off"),
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		b.Fatal(err)
	}
	for _, p := range pkgs {
		for _, e := range p.Errors {
			b.Fatal(e)
		}
	}
	prog, ssaPkgs := ssautil.AllPackages(pkgs, 0)
	prog.Build()
	for i, p := range pkgs {
		var funcs []*ssa.Function
		for _, mem := range ssaPkgs[i].Members {
			if fn, ok := mem.(*ssa.Function); ok {
				funcs = append(funcs, fn)
			}
		}
		funcs = append(funcs, methodsOf(prog, ssaPkgs[i])...)
		m := model.New(nil)
		stores := m.FindStores(p.Syntax, p.TypesInfo, funcs)
		if len(stores) != 1 {
			b.Fatalf("%s: %d stores", p.PkgPath, len(stores))
		}
		st := stores[0]
		fc := &flow.Config{Model: m, Refcount: m.Refcount(m.TopEnv(st.Release, false))}
		fc.Opaque = m.OpaqueChanges(m.TopEnv(st.StoreLogoff, true))
		fc.Keys = flow.KeysFrom(flow.Analyze(fc, st.StoreLogoff, true).Writes, fc.Refcount)
		b.Run(fmt.Sprint(p.PkgPath, "/n=200"), func(b *testing.B) {
			b.ReportAllocs()
			var res *flow.Result
			for b.Loop() {
				res = flow.Analyze(fc, st.Release, false)
			}
			b.ReportMetric(float64(res.Work), "transfers")
			b.ReportMetric(float64(res.Size), "instrs")
		})
	}
}

// methodsOf lists the methods of the package's named types.
func methodsOf(prog *ssa.Program, pkg *ssa.Package) []*ssa.Function {
	var out []*ssa.Function
	for _, mem := range pkg.Members {
		t, ok := mem.(*ssa.Type)
		if !ok {
			continue
		}
		mset := prog.MethodSets.MethodSet(types.NewPointer(t.Type()))
		for i := 0; i < mset.Len(); i++ {
			if fn := prog.MethodValue(mset.At(i)); fn != nil && fn.Pkg == pkg {
				out = append(out, fn)
			}
		}
	}
	return out
}
