package model

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/ssa"
	"golang.org/x/tools/go/ssa/ssautil"
)

// buildSrc type-checks and builds one package from src (importing the
// standard library from export data).
func buildSrc(t *testing.T, src string) (*ssa.Package, []*ast.File, *types.Info) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments)
	require.NoError(t, err)
	files := []*ast.File{f}
	pkg, info, err := ssautil.BuildPackage(&types.Config{Importer: importer.Default()}, fset, types.NewPackage("p", "p"), files, 0)
	require.NoError(t, err)
	return pkg, files, info
}

// srcFuncs lists the functions declared in the files, with their closures.
func srcFuncs(pkg *ssa.Package, files []*ast.File, info *types.Info) []*ssa.Function {
	var out []*ssa.Function
	var add func(fn *ssa.Function)
	add = func(fn *ssa.Function) {
		out = append(out, fn)
		for _, anon := range fn.AnonFuncs {
			add(anon)
		}
	}
	for _, f := range files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok {
				if fn := pkg.Prog.FuncValue(info.Defs[fd.Name].(*types.Func)); fn != nil {
					add(fn)
				}
			}
		}
	}
	return out
}

// wrapperShapes: types named Wrap* are wrappers (not stores), Store* are
// stores.
const wrapperShapes = `package p

type Support interface {
	StoreLogoffTransports(lpulFlags *uint32) error
	Release() uint32
}

type Store interface {
	StoreLogoff(lpulFlags *uint32) error
	Release() uint32
}

type logon struct{ sup Support }

// Promoted StoreLogoff from an embedded interface, own Release.
type WrapPromoted struct {
	Store
	n int
}

func (w *WrapPromoted) Release() uint32 { w.n++; return w.Store.Release() }

// The same holding the logon: a store (Release checked; no StoreLogoff of its own).
type StorePromoted struct {
	Store
	lg *logon
}

func (s *StorePromoted) Release() uint32 { s.Store.Release(); return s.lg.sup.Release() }

// Forwarding through a method value.
type WrapMethodValue struct{ inner Store }

func (w *WrapMethodValue) StoreLogoff(f *uint32) error {
	logoff := w.inner.StoreLogoff
	return logoff(f)
}
func (w *WrapMethodValue) Release() uint32 { return w.inner.Release() }

// Calling its own StoreLogoff is not forwarding.
type StoreSelf struct{ n int }

func (s *StoreSelf) StoreLogoff(f *uint32) error {
	if f == nil {
		var x uint32
		return s.StoreLogoff(&x)
	}
	s.n++
	return nil
}
func (s *StoreSelf) Release() uint32 { return 0 }

// A support object among the values of a map field.
type StoreMap struct {
	inner    Store
	sessions map[string]*logon
}

func (s *StoreMap) StoreLogoff(f *uint32) error { return s.inner.StoreLogoff(f) }
func (s *StoreMap) Release() uint32             { return s.inner.Release() }

// No support field, but Release gets one from a function.
type StoreGetter struct{ inner Store }

func currentSupport() Support { return nil }

func (s *StoreGetter) StoreLogoff(f *uint32) error { return s.inner.StoreLogoff(f) }
func (s *StoreGetter) Release() uint32             { s.inner.Release(); return currentSupport().Release() }

// A package variable reachable to a support object, used by a helper of
// StoreLogoff.
var current *logon

type StoreGlobalHelper struct{ inner Store }

func (s *StoreGlobalHelper) note() { _ = current }

func (s *StoreGlobalHelper) StoreLogoff(f *uint32) error { s.note(); return s.inner.StoreLogoff(f) }
func (s *StoreGlobalHelper) Release() uint32             { return s.inner.Release() }

// Forwarding from a deferred call.
type WrapDeferred struct{ inner Store }

func (w *WrapDeferred) StoreLogoff(f *uint32) (err error) {
	defer w.inner.StoreLogoff(f)
	return nil
}
func (w *WrapDeferred) Release() uint32 { return w.inner.Release() }
`

func TestFindStoresWrappers(t *testing.T) {
	pkg, files, info := buildSrc(t, wrapperShapes)
	m := New(nil)
	var got []string
	for _, s := range m.FindStores(files, info, srcFuncs(pkg, files, info)) {
		got = append(got, s.Name)
	}
	var want []string
	for _, name := range pkg.Pkg.Scope().Names() {
		if len(name) > 5 && name[:5] == "Store" {
			want = append(want, name)
		}
	}
	sort.Strings(want)
	assert.Equal(t, want, got)
	assert.Contains(t, got, "StorePromoted")
	assert.NotContains(t, got, "WrapPromoted")
}
