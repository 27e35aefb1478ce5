package lsp

import (
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"hash/maphash"
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/tools/go/packages"
)

// A parseCache parses Go files for go/packages, in one file set shared by
// every load of the session, and makes the standard library cheap: the
// analyzers summarise none of it (internal/engine stops at a package in
// GOROOT), so its function bodies only cost type-checking time. Its files
// are parsed once, their function bodies replaced by panic("") (gopls too
// type-checks dependencies without bodies) and the elements of their
// package-level composite literals dropped (unicode's tables); imports
// that only those used become blank imports of unsafe. The declarations'
// types, and so every type the analysed packages see, are unchanged
// (TestTrimmedStdSameDiagnostics compares the diagnostics).
type parseCache struct {
	fset   *token.FileSet
	goroot string // GOROOT/src/, with the separator
	seed   maphash.Seed

	mu    sync.Mutex
	files map[string]cachedFile // trimmed standard library files, by name
}

type cachedFile struct {
	hash uint64 // of the source
	file *ast.File
}

func newParseCache() *parseCache {
	return &parseCache{
		fset:   token.NewFileSet(),
		goroot: filepath.Join(build.Default.GOROOT, "src") + string(filepath.Separator),
		seed:   maphash.MakeSeed(),
		files:  map[string]cachedFile{},
	}
}

const parseMode = parser.AllErrors | parser.ParseComments | parser.SkipObjectResolution

// parse is a packages.Config.ParseFile.
func (c *parseCache) parse(fset *token.FileSet, filename string, src []byte) (*ast.File, error) {
	if fset != c.fset || !strings.HasPrefix(filename, c.goroot) {
		return parser.ParseFile(fset, filename, src, parseMode)
	}
	h := maphash.Bytes(c.seed, src)
	c.mu.Lock()
	cf, ok := c.files[filename]
	c.mu.Unlock()
	if ok && cf.hash == h {
		return cf.file, nil
	}
	f, err := parser.ParseFile(fset, filename, src, parseMode)
	if err != nil {
		return f, err
	}
	trimBodies(f)
	c.mu.Lock()
	c.files[filename] = cachedFile{h, f}
	c.mu.Unlock()
	return f, nil
}

// trimBodies replaces the body of each function declaration of f by
// panic(""), drops the elements of package-level composite literals, and
// turns the imports nothing else uses into blank imports of unsafe (an
// import that is not used is a type error).
func trimBodies(f *ast.File) {
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Body == nil {
			continue
		}
		panicCall := &ast.CallExpr{
			Fun:  &ast.Ident{NamePos: fd.Body.Lbrace, Name: "panic"},
			Args: []ast.Expr{&ast.BasicLit{ValuePos: fd.Body.Lbrace, Kind: token.STRING, Value: `""`}},
		}
		fd.Body = &ast.BlockStmt{Lbrace: fd.Body.Lbrace, List: []ast.Stmt{&ast.ExprStmt{X: panicCall}}, Rbrace: fd.Body.Rbrace}
	}
	// The elements of a package-level composite literal do not change its
	// type, unless it is an array whose length they give ([...]T{...}).
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR {
			continue
		}
		for _, spec := range gd.Specs {
			for _, v := range spec.(*ast.ValueSpec).Values {
				if u, ok := v.(*ast.UnaryExpr); ok && u.Op == token.AND {
					v = u.X
				}
				if cl, ok := v.(*ast.CompositeLit); ok && cl.Type != nil && !isEllipsisArray(cl.Type) {
					cl.Elts = nil
				}
			}
		}
	}
	used := map[string]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		if s, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := s.X.(*ast.Ident); ok {
				used[id.Name] = true
			}
		}
		return true
	})
	for _, imp := range f.Imports {
		p, err := strconv.Unquote(imp.Path.Value)
		if err != nil || p == "C" {
			continue
		}
		name := importName(p)
		if imp.Name != nil {
			name = imp.Name.Name
		}
		if name == "_" || name == "." || used[name] {
			continue
		}
		imp.Name = &ast.Ident{NamePos: imp.Path.Pos(), Name: "_"}
		imp.Path = &ast.BasicLit{ValuePos: imp.Path.Pos(), Kind: token.STRING, Value: `"unsafe"`}
	}
}

// isEllipsisArray reports whether t is [...]T.
func isEllipsisArray(t ast.Expr) bool {
	at, ok := t.(*ast.ArrayType)
	if !ok {
		return false
	}
	_, ok = at.Len.(*ast.Ellipsis)
	return ok
}

// majorVersion matches the last element of a versioned import path.
var majorVersion = regexp.MustCompile(`^v[0-9]+$`)

// importName is the name a standard library package is imported by.
func importName(p string) string {
	base := path.Base(p)
	if majorVersion.MatchString(base) && path.Dir(p) != "." {
		return path.Base(path.Dir(p)) // math/rand/v2: rand
	}
	return base
}

// brokeGoroot reports whether a package of the standard library in the
// load has errors: a sign that trimming broke it (it never happens with
// the released toolchains), so the load is done again without.
func (c *parseCache) brokeGoroot(pkgs []*packages.Package) bool {
	broke := false
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if len(p.Errors) > 0 && len(p.GoFiles) > 0 && strings.HasPrefix(p.GoFiles[0], c.goroot) {
			broke = true
		}
	})
	return broke
}

// release removes the files of the load that are not cached from the
// shared file set, once their positions are no longer needed, so that
// the set does not grow with every analysis.
func (c *parseCache) release(pkgs []*packages.Package) {
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if p.Fset != c.fset {
			return
		}
		for _, f := range p.Syntax {
			if tf := c.fset.File(f.Pos()); tf != nil && !strings.HasPrefix(tf.Name(), c.goroot) {
				c.fset.RemoveFile(tf)
			}
		}
	})
}
