package report

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"
)

// TestIgnoreLines checks which line each directive covers: its own line
// when code comes before it, else the next line that is not another
// directive alone on its line. Each directive's reason is the line it must
// cover; "-" marks a directive that covers nothing.
func TestIgnoreLines(t *testing.T) {
	const src = `package p //mapilint:ignore storelogoff 1

//mapilint:ignore storelogoff 4
func f(x bool) int { //mapilint:ignore storelogoff 4
	if x { //mapilint:ignore releaseorder 5
		return 1 //mapilint:ignore abortflag 6
	} else { //mapilint:ignore abortflag 7
		//mapilint:ignore storelogoff 11
		//mapilint:ignore releaseorder 11
		/* a block comment */ //mapilint:ignore abortflag 11
		return g(
			2, //mapilint:ignore abortflag 12
		) //mapilint:ignore abortflag 13
	}
	//mapilint:ignore storelogoff
	//mapilint:ignore	abortflag	17
	//mapilint:ignored storelogoff not a directive
	//mapilint:ignore
}
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments)
	require.NoError(t, err)
	ig := parseIgnores(&analysis.Pass{Fset: fset, Files: []*ast.File{f}})

	got := map[*ignore]int{}
	for k, ds := range ig.covers {
		for _, d := range ds {
			got[d] = k.line
		}
	}
	require.Len(t, ig.all, 14)
	for _, d := range ig.all {
		line := fset.Position(d.pos).Line
		want := strings.Fields(d.reason)
		if len(want) != 1 {
			assert.NotContains(t, got, d, "line %d: %+v covers a line", line, *d)
			continue
		}
		n, err := strconv.Atoi(want[0])
		require.NoError(t, err)
		assert.Equal(t, n, got[d], "line %d: %+v", line, *d)
	}
	assert.Equal(t, "abortflag", ig.all[12].pass, "a tab separates fields")
	assert.Equal(t, "", ig.all[13].pass)
}
