package lsp

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"go/token"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// A snapshot is the editor's unsaved buffers when an analysis starts:
// the text and version of each open Go file, by path.
type snapshot map[string]snapDoc

type snapDoc struct {
	uri     string // as the editor spells it
	text    string
	version int32
}

// uri is the URI of path: the editor's own for an open file.
func (s snapshot) uri(path string) string {
	if doc, open := s[path]; open {
		return doc.uri
	}
	return fileURI(path)
}

// A finding is one mapilint diagnostic in LSP form, with its quick fixes.
type finding struct {
	diag    Diagnostic
	version *int32 // the version of its document that was analysed; nil: the file on disk
	fixes   []quickFix
}

// A quickFix is one suggested fix: its title and its edits by file path.
type quickFix struct {
	title string
	edits map[string][]TextEdit
	// versions are the analysed versions of the edited files (nil: on disk).
	versions map[string]*int32
}

// errNotChecked says the package (or one of its dependencies) did not
// load or type-check, so the analyzers did not run on it; gopls reports
// why.
var errNotChecked = errors.New("the package does not type-check")

// mentionsMapilint is the cheap text check: whether any Go file of dir,
// as the editor has it, mentions StoreLogoff or mapilint: (every
// diagnostic mapilint reports needs one of them in the package: see
// cmd/mapilint/fastpath.go).
func mentionsMapilint(dir string, snap snapshot) bool {
	mentions := func(data []byte) bool {
		return bytes.Contains(data, []byte("StoreLogoff")) || bytes.Contains(data, []byte("mapilint:"))
	}
	for path, doc := range snap {
		if filepath.Dir(path) == dir && mentions([]byte(doc.text)) {
			return true
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return false
	}
	for _, e := range entries {
		name := filepath.Join(dir, e.Name())
		if _, open := snap[name]; open || e.IsDir() || !strings.HasSuffix(name, ".go") {
			continue
		}
		if data, err := os.ReadFile(name); err == nil && mentions(data) {
			return true
		}
	}
	return false
}

// analyse loads the package in dir (with its tests, as the command line
// does) with the snapshot as overlays, runs the analyzers on it and
// returns its diagnostics by file path. The engine turns a panic in its
// analysis into the usual internal-error diagnostic; any other panic
// becomes an error, never a dead server.
func analyse(ctx context.Context, analyzers []*analysis.Analyzer, cache *parseCache, dir string, snap snapshot, logf func(string, ...any)) (byPath map[string][]finding, err error) {
	defer func() {
		if r := recover(); r != nil {
			logf("panic analysing %s: %v\n%s", dir, r, debug.Stack())
			byPath, err = nil, fmt.Errorf("internal error analysing %s: %v", dir, r)
		}
	}()
	overlay := map[string][]byte{}
	for path, doc := range snap {
		overlay[path] = []byte(doc.text)
	}
	cfg := &packages.Config{
		Context:   ctx,
		Mode:      packages.LoadAllSyntax,
		Dir:       dir,
		Tests:     true,
		Overlay:   overlay,
		Fset:      cache.fset,
		ParseFile: cache.parse,
	}
	pkgs, err := packages.Load(cfg, ".")
	if err == nil && cache.brokeGoroot(pkgs) {
		logf("the standard library does not type-check without function bodies; loading it whole")
		cfg.Fset, cfg.ParseFile = nil, nil
		pkgs, err = packages.Load(cfg, ".")
	}
	if err != nil {
		return nil, err
	}
	defer cache.release(pkgs)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if len(pkgs) == 0 {
		return nil, fmt.Errorf("no Go package in %s", dir)
	}
	for _, p := range pkgs {
		if p.IllTyped || len(p.Errors) > 0 {
			return nil, errNotChecked
		}
	}
	// Sequential: in the checker's own goroutines a panic that escaped an
	// analyzer would end the process; here the recover above catches it.
	graph, err := checker.Analyze(analyzers, pkgs, &checker.Options{Sequential: true})
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	for act := range graph.All() {
		if act.Err != nil && !slices.ContainsFunc(act.Deps, func(d *checker.Action) bool { return d.Err != nil }) {
			logf("%s: %v", act, act.Err)
		}
	}
	c := &converter{snap: snap, mappers: map[string]*mapper{}}
	return c.convert(graph), nil
}

// A converter turns the checker's diagnostics into LSP diagnostics,
// reading each file as it was analysed (the overlay, or the disk).
type converter struct {
	snap    snapshot
	mappers map[string]*mapper // nil: unreadable
}

func (c *converter) mapper(path string) *mapper {
	m, ok := c.mappers[path]
	if !ok {
		if doc, open := c.snap[path]; open {
			m = newMapper(doc.text)
		} else if data, err := os.ReadFile(path); err == nil {
			m = newMapper(string(data))
		}
		c.mappers[path] = m
	}
	return m
}

// version is the analysed version of path, nil for a file on disk.
func (c *converter) version(path string) *int32 {
	if doc, open := c.snap[path]; open {
		v := doc.version
		return &v
	}
	return nil
}

// position is where pos is in the file the editor shows: the file
// itself, or, for a file that is not a source file of the user (cgo's
// generated Go), where its //line directives point.
func (c *converter) position(fset *token.FileSet, pos token.Pos) (string, Position, bool) {
	for _, adjusted := range []bool{false, true} {
		p := fset.PositionFor(pos, adjusted)
		if p.Filename == "" || !filepath.IsAbs(p.Filename) {
			continue
		}
		m := c.mapper(p.Filename)
		if m == nil || p.Line < 1 || p.Line > len(m.lines) {
			continue
		}
		off := m.lines[p.Line-1] + max(p.Column, 1) - 1
		if !adjusted && (p.Offset != off || strings.HasPrefix(filepath.Base(p.Filename), "_cgo_") ||
			strings.Contains(filepath.ToSlash(p.Filename), "/go-build")) {
			continue // not the user's file: try the //line position
		}
		return p.Filename, m.position(off), true
	}
	return "", Position{}, false
}

// location is the path and range of [pos, end), end defaulting to pos.
func (c *converter) location(fset *token.FileSet, pos, end token.Pos) (string, Range, bool) {
	path, start, ok := c.position(fset, pos)
	if !ok {
		return "", Range{}, false
	}
	stop := start
	if end.IsValid() && end > pos {
		if p, e, ok := c.position(fset, end); ok && p == path && !before(e, start) {
			stop = e
		}
	}
	return path, Range{Start: start, End: stop}, true
}

// convert collects the diagnostics of the root actions, each once (a
// file of a package and of its test variant is analysed twice).
func (c *converter) convert(graph *checker.Graph) map[string][]finding {
	type key struct {
		pass, msg, path string
		rng             Range
	}
	seen := map[key]bool{}
	out := map[string][]finding{}
	for _, act := range graph.Roots {
		fset := act.Package.Fset
		for _, d := range act.Diagnostics {
			path, rng, ok := c.location(fset, d.Pos, d.End)
			if !ok {
				continue
			}
			k := key{act.Analyzer.Name, d.Message, path, rng}
			if seen[k] {
				continue
			}
			seen[k] = true
			href := d.URL
			if href == "" {
				href = act.Analyzer.URL
			}
			diag := Diagnostic{
				Range:    rng,
				Severity: SeverityWarning,
				Code:     act.Analyzer.Name,
				Source:   act.Analyzer.Name,
				Message:  d.Message,
			}
			if href != "" {
				diag.CodeDescription = &CodeDescription{Href: href}
			}
			for _, rel := range d.Related {
				if !rel.Pos.IsValid() {
					continue
				}
				rpath, rrng, ok := c.location(fset, rel.Pos, rel.End)
				if !ok {
					continue
				}
				diag.RelatedInformation = append(diag.RelatedInformation, DiagnosticRelatedInformation{
					Location: Location{URI: c.snap.uri(rpath), Range: rrng},
					Message:  rel.Message,
				})
			}
			f := finding{diag: diag, version: c.version(path)}
			for _, sf := range d.SuggestedFixes {
				if qf, ok := c.fix(fset, sf); ok {
					f.fixes = append(f.fixes, qf)
				}
			}
			out[path] = append(out[path], f)
		}
	}
	return out
}

// fix converts a suggested fix. Its edits are byte ranges of the files
// themselves (never //line positions); a fix with an edit outside a
// readable file is dropped whole.
func (c *converter) fix(fset *token.FileSet, sf analysis.SuggestedFix) (quickFix, bool) {
	qf := quickFix{title: sf.Message, edits: map[string][]TextEdit{}, versions: map[string]*int32{}}
	for _, e := range sf.TextEdits {
		end := e.End
		if !end.IsValid() {
			end = e.Pos
		}
		start, stop := fset.PositionFor(e.Pos, false), fset.PositionFor(end, false)
		if !e.Pos.IsValid() || start.Filename != stop.Filename {
			return quickFix{}, false
		}
		m := c.mapper(start.Filename)
		if m == nil || stop.Offset > len(m.text) || start.Offset > stop.Offset {
			return quickFix{}, false
		}
		qf.edits[start.Filename] = append(qf.edits[start.Filename], TextEdit{
			Range:   m.rangeOf(start.Offset, stop.Offset),
			NewText: string(e.NewText),
		})
		qf.versions[start.Filename] = c.version(start.Filename)
	}
	if qf.title == "" {
		qf.title = "mapilint: apply the suggested fix"
	}
	return qf, len(qf.edits) > 0
}
