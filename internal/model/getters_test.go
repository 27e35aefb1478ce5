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

// TestGetters: which functions return what a pointer parameter points to.
func TestGetters(t *testing.T) {
	const src = `package p

func IsSet(done *bool) bool        { return *done }
func State(x int, st *int32) int32 { return (*st) }
func Not(done *bool) bool          { return !*done }
func Name(s *string) string        { return *s }
func Set(done *bool) bool          { *done = true; return *done }
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	require.NoError(t, err)
	info := &types.Info{Defs: map[*ast.Ident]types.Object{}, Uses: map[*ast.Ident]types.Object{}}
	_, err = (&types.Config{}).Check("p", fset, []*ast.File{f}, info)
	require.NoError(t, err)
	got := map[string]int{}
	for fn, i := range Getters([]*ast.File{f}, info) {
		got[fn.Name()] = i
	}
	assert.Equal(t, map[string]int{"IsSet": 0, "State": 1}, got)
}
