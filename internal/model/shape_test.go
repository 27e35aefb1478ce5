package model

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// shapes declares one function per case; the name says whether it needs a
// full Summary (Yes...) or not (No...).
const shapes = `package p

type Support interface {
	StoreLogoffTransports(lpulFlags *uint32) error
	Release() uint32
}

type Releaser interface{ Release() uint32 }

type Store interface {
	StoreLogoff(lpulFlags *uint32) error
	Release() uint32
}

type store struct{ sup Support }

func (s *store) StoreLogoff(lpulFlags *uint32) error { return nil }
func (s *store) Release() uint32                    { return 0 }

type fakeSupport struct{}

func (fakeSupport) StoreLogoffTransports(lpulFlags *uint32) error { return nil }

type logon struct{ sup Support }

func (l *logon) Release() uint32 { return 0 }

type vtbl struct{ QueryInterface, AddRef, Release, StoreLogoff uintptr }
type vtblStore struct{ lpVtbl *vtbl }

type supVtbl struct{ StoreLogoffTransports uintptr }
type rawSupport struct{ lpVtbl *supVtbl }

func YesSupport(s Support)                  {}
func YesSupportPtr(s *Support)              {}
func YesSupportPtrPtr(s **fakeSupport)      {}
func YesSecond(n int, s fakeSupport)        {}
func YesStoreIface(s Store)                 {}
func YesLiteral(s interface{ StoreLogoffTransports(*uint32) error }) {}
func YesVtblStore(s *vtblStore)             {}
func YesRawSupport(s *rawSupport)           {}
func (s *store) YesReceiver()               {}
func (f fakeSupport) YesSupportReceiver()   {}
func YesGeneric[S Support](s S)             {}

func NoReleaser(r Releaser)                 {}
func YesStatePointer(done *bool)            {}
func YesStateWord(state *int32)             {}
func NoStringPointer(s *string)             {}
func NoLogon(l *logon)                      {}
func NoNothing()                            {}
func NoSlice(s []Support)                   {}
func NoReleaseOnly(x interface{ Release() uint32 }) {}
`

func TestNeedsSummary(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", shapes, 0)
	require.NoError(t, err)
	info := &types.Info{Defs: map[*ast.Ident]types.Object{}}
	_, err = (&types.Config{}).Check("p", fset, []*ast.File{f}, info)
	require.NoError(t, err)
	m := New(nil)
	n := 0
	for _, decl := range f.Decls {
		fd, ok := decl.(*ast.FuncDecl)
		if !ok {
			continue
		}
		name := fd.Name.Name
		want := len(name) > 3 && name[:3] == "Yes"
		if !want && (len(name) < 2 || name[:2] != "No") {
			continue
		}
		n++
		assert.Equal(t, want, m.NeedsSummary(info.Defs[fd.Name].(*types.Func)), name)
	}
	assert.Equal(t, 19, n)
}

// TestRelevantShapes: a package that only takes Release-shaped values is
// not relevant; one whose signature spells a support shape is.
func TestRelevantShapes(t *testing.T) {
	check := func(src string) bool {
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments)
		require.NoError(t, err)
		pkg, err := (&types.Config{}).Check("p", fset, []*ast.File{f}, nil)
		require.NoError(t, err)
		return Relevant(pkg, []*ast.File{f})
	}
	assert.False(t, check("package p\n\ntype IUnknown struct{}\n\nfunc (*IUnknown) Release() uint32 { return 0 }\n\nfunc Free(u *IUnknown) { u.Release() }\n"))
	assert.False(t, check("package p\n\nfunc Free(x interface{ Release() uint32 }) { x.Release() }\n"))
	assert.True(t, check("package p\n\nfunc Off(x interface{ StoreLogoffTransports(*uint32) error }) {}\n"))
	assert.True(t, check("package p\n\nfunc Off(x interface{ StoreLogoff(*uint32) error; Release() uint32 }) {}\n"))
	assert.True(t, check("package p\n\nfunc Off[S interface{ StoreLogoffTransports(*uint32) error }](s S) {}\n"))
	assert.True(t, check("package p\n\n//mapilint:release\nfunc Release() {}\n"))
}
