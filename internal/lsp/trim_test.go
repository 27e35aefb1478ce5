package lsp

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// TestTrimmedStdSameDiagnostics checks that type-checking the standard
// library without function bodies changes nothing the analyzers say: on
// every package of the analyzers' testdata (GOPATH mode, as analysistest
// loads it), the diagnostics, related information and fixes are those of
// a whole load.
func TestTrimmedStdSameDiagnostics(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the analyzers' testdata twice; skipped in -short mode")
	}
	gopath, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	require.NoError(t, err)
	t.Setenv("GO111MODULE", "off")
	t.Setenv("GOPATH", gopath)
	t.Setenv("GOFLAGS", "")

	run := func(trim bool) []string {
		cfg := &packages.Config{Mode: packages.LoadAllSyntax, Dir: filepath.Join(gopath, "src"), Tests: true}
		cache := newParseCache()
		if trim {
			cfg.Fset, cfg.ParseFile = cache.fset, cache.parse
		}
		pkgs, err := packages.Load(cfg, "./...")
		require.NoError(t, err)
		require.NotEmpty(t, pkgs)
		if trim {
			require.False(t, cache.brokeGoroot(pkgs), "the trimmed standard library does not type-check")
			require.NotEmpty(t, cache.files, "no standard library file was trimmed")
		}
		graph, err := checker.Analyze(analyzers, pkgs, nil)
		require.NoError(t, err)
		var out []string
		for _, act := range graph.Roots {
			fset := act.Package.Fset
			for _, d := range act.Diagnostics {
				s := fmt.Sprintf("%s: %s: %s", fset.Position(d.Pos), act.Analyzer.Name, d.Message)
				for _, r := range d.Related {
					s += fmt.Sprintf("\n\t%s: %s", fset.Position(r.Pos), r.Message)
				}
				for _, f := range d.SuggestedFixes {
					for _, e := range f.TextEdits {
						s += fmt.Sprintf("\n\tfix %s: %s-%d %q", f.Message, fset.Position(e.Pos), fset.Position(e.End).Offset, e.NewText)
					}
				}
				out = append(out, s)
			}
		}
		slices.Sort(out)
		return out
	}
	whole := run(false)
	trimmed := run(true)
	require.NotEmpty(t, whole)
	assert.Equal(t, whole, trimmed)
	t.Logf("%d diagnostics, the same with the standard library trimmed", len(whole))
}

func TestTrimBodies(t *testing.T) {
	src := `package p

import (
	"errors"
	"fmt"
	r "math/rand/v2"
	"strings"
	"unsafe"
)

var Err = errors.New("x")

var m = &map[string]int{"a": len(fmt.Sprint())}

var arr = [...]int{1, 2}

type T struct{ b strings.Builder }

func F(n int) (string, error) {
	fmt.Println(r.N(n), unsafe.Sizeof(n))
	return "", nil
}

func init() { fmt.Println() }
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, parseMode)
	require.NoError(t, err)
	trimBodies(f)
	var imports []string
	for _, imp := range f.Imports {
		name := ""
		if imp.Name != nil {
			name = imp.Name.Name + " "
		}
		imports = append(imports, name+imp.Path.Value)
	}
	assert.Equal(t, []string{`"errors"`, `_ "unsafe"`, `_ "unsafe"`, `"strings"`, `_ "unsafe"`}, imports)
	var bodies []string
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok {
			var b strings.Builder
			for _, s := range fd.Body.List {
				b.WriteString(fmt.Sprintf("%T", s))
			}
			bodies = append(bodies, b.String())
		}
	}
	assert.Equal(t, []string{"*ast.ExprStmt", "*ast.ExprStmt"}, bodies)
	var elts []int
	for _, d := range f.Decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.VAR {
			v := gd.Specs[0].(*ast.ValueSpec).Values[0]
			if u, ok := v.(*ast.UnaryExpr); ok {
				v = u.X
			}
			if cl, ok := v.(*ast.CompositeLit); ok {
				elts = append(elts, len(cl.Elts))
			}
		}
	}
	assert.Equal(t, []int{0, 2}, elts, "elements dropped, except where they give an array's length")
	assert.Equal(t, "rand", importName("math/rand/v2"))
	assert.Equal(t, "atomic", importName("sync/atomic"))
}
