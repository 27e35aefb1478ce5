package fixes_test

import (
	"go/ast"
	"go/build"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestGoldenFilesCompile type-checks the expected output of every suggested
// fix: for each package under testdata/src/fixes, the *.go.golden files
// (renamed to .go) together with the package's .go files that have no
// golden file. analysistest.RunWithSuggestedFixes only compares text, so
// without this a golden file could enshrine a fix that does not compile.
func TestGoldenFilesCompile(t *testing.T) {
	root, err := filepath.Abs(filepath.Join("..", "..", "testdata", "src"))
	require.NoError(t, err)
	gopath := t.TempDir()

	// Mirror testdata/src/fixes into a temporary GOPATH, each golden file
	// standing in for the input it was made from.
	var pkgs []string // import paths of the packages that have golden files
	goldens := 0
	err = filepath.WalkDir(filepath.Join(root, "fixes"), func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(root, p)
		if err != nil {
			return err
		}
		n, err := mirrorPackage(p, filepath.Join(gopath, "src", rel))
		if err != nil {
			return err
		}
		if n > 0 {
			goldens += n
			pkgs = append(pkgs, filepath.ToSlash(rel))
		}
		return nil
	})
	require.NoError(t, err)
	require.NotZero(t, goldens, "no *.go.golden files under %s", filepath.Join(root, "fixes"))

	fset := token.NewFileSet()
	imp := &gopathImporter{
		fset: fset,
		src:  filepath.Join(gopath, "src"),
		std:  importer.ForCompiler(fset, "source", nil).(types.ImporterFrom),
		pkgs: map[string]*checked{},
	}
	sort.Strings(pkgs)
	for _, pkg := range pkgs {
		t.Run(strings.TrimPrefix(pkg, "fixes/"), func(t *testing.T) {
			c := imp.check(pkg)
			var msgs []string
			for _, err := range c.errs {
				// Name files as testdata does; a file with a golden
				// file stands for that golden file.
				msgs = append(msgs, strings.ReplaceAll(err.Error(), imp.src+string(filepath.Separator), ""))
			}
			require.Empty(t, msgs, "package %s does not type-check with its golden files (x.go stands for x.go.golden where there is one)", pkg)
		})
	}
}

// mirrorPackage copies the Go files of the package in dir to dst, a golden
// file replacing its input, and returns how many golden files it copied.
func mirrorPackage(dir, dst string) (int, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return 0, err
	}
	names := map[string]bool{}
	for _, e := range entries {
		if !e.IsDir() {
			names[e.Name()] = true
		}
	}
	goldens := 0
	for name := range names {
		var out string
		switch {
		case strings.HasSuffix(name, ".go.golden"):
			out = strings.TrimSuffix(name, ".golden")
			goldens++
		case strings.HasSuffix(name, ".go") && !strings.HasSuffix(name, "_test.go") && !names[name+".golden"]:
			out = name
		default:
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return 0, err
		}
		if err := os.MkdirAll(dst, 0o755); err != nil {
			return 0, err
		}
		if err := os.WriteFile(filepath.Join(dst, out), data, 0o644); err != nil {
			return 0, err
		}
	}
	return goldens, nil
}

// checked is one type-checked package and its errors.
type checked struct {
	pkg  *types.Package
	errs []error
}

// gopathImporter type-checks the packages of the temporary GOPATH from
// source, and imports every other package (the standard library) with the
// source importer.
type gopathImporter struct {
	fset *token.FileSet
	src  string
	std  types.ImporterFrom
	pkgs map[string]*checked
}

func (imp *gopathImporter) Import(path string) (*types.Package, error) {
	return imp.ImportFrom(path, "", 0)
}

func (imp *gopathImporter) ImportFrom(importPath, dir string, mode types.ImportMode) (*types.Package, error) {
	if fi, err := os.Stat(filepath.Join(imp.src, filepath.FromSlash(importPath))); err == nil && fi.IsDir() {
		c := imp.check(importPath)
		if len(c.errs) > 0 {
			return c.pkg, c.errs[0]
		}
		return c.pkg, nil
	}
	return imp.std.ImportFrom(importPath, dir, mode)
}

// check parses and type-checks the package importPath of the temporary
// GOPATH, honouring build constraints as go build would.
func (imp *gopathImporter) check(importPath string) *checked {
	if c, ok := imp.pkgs[importPath]; ok {
		return c
	}
	c := &checked{}
	imp.pkgs[importPath] = c
	dir := filepath.Join(imp.src, filepath.FromSlash(importPath))
	entries, err := os.ReadDir(dir)
	if err != nil {
		c.errs = append(c.errs, err)
		return c
	}
	var files []*ast.File
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		if ok, err := build.Default.MatchFile(dir, name); err != nil || !ok {
			if err != nil {
				c.errs = append(c.errs, err)
			}
			continue
		}
		f, err := parser.ParseFile(imp.fset, filepath.Join(dir, name), nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			c.errs = append(c.errs, err)
			continue
		}
		files = append(files, f)
	}
	if len(files) == 0 {
		c.errs = append(c.errs, &os.PathError{Op: "check", Path: dir, Err: fs.ErrNotExist})
		return c
	}
	conf := types.Config{
		Importer: imp,
		Error:    func(err error) { c.errs = append(c.errs, err) },
	}
	c.pkg, _ = conf.Check(path.Clean(importPath), imp.fset, files, nil)
	return c
}
