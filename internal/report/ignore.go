package report

import (
	"fmt"
	"go/ast"
	"go/token"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// IgnoreDirective starts a suppression comment:
//
//	//mapilint:ignore <pass> <reason>
//
// as a trailing comment on the reported line, or alone on the line directly
// above it (several such lines may be stacked). It silences the named pass's
// diagnostics on that line. A directive without a reason silences nothing.
const IgnoreDirective = "//mapilint:ignore"

// Passes are the analyzers a mapilint:ignore directive may name.
var Passes = []string{"storelogoff", "releaseorder", "abortflag"}

// UnknownOwner is the pass that reports mapilint:ignore directives that name
// no pass of Passes: each directive problem is reported by exactly one pass,
// and the others report only directives that name them.
const UnknownOwner = "storelogoff"

// An ignore is one mapilint:ignore directive of the package.
type ignore struct {
	pos    token.Pos // the comment
	pass   string    // the pass it names, "" if none
	reason string
	used   bool // it silenced a diagnostic
}

// lineKey names a line of a file (unadjusted by //line directives, so that
// a directive and a diagnostic are compared as they are written).
type lineKey struct {
	file string
	line int
}

// ignores are the package's directives and the lines they cover.
type ignores struct {
	all    []*ignore
	covers map[lineKey][]*ignore
}

// parseIgnores reads the mapilint:ignore directives of the pass's files. It
// only looks at the files' comments, and walks a file's syntax only when the
// file has a directive, to tell a trailing directive from one on its own line.
func parseIgnores(pass *analysis.Pass) *ignores {
	ig := &ignores{covers: map[lineKey][]*ignore{}}
	for _, f := range pass.Files {
		var found []*ast.Comment
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				if isIgnore(c.Text) {
					found = append(found, c)
				}
			}
		}
		if len(found) == 0 {
			continue
		}
		tf := pass.Fset.File(f.FileStart)
		if tf == nil {
			continue
		}
		trailing := codeBefore(f, tf, found)
		alone := map[int]bool{} // lines holding a directive and no code
		for _, c := range found {
			if !trailing[c] {
				alone[tf.Line(c.Slash)] = true
			}
		}
		for _, c := range found {
			d := parseIgnore(c)
			ig.all = append(ig.all, d)
			if d.pass == "" || d.reason == "" {
				continue // malformed: silences nothing
			}
			l := tf.Line(c.Slash)
			if !trailing[c] {
				// The line directly below, past any stacked directives.
				for l++; alone[l]; l++ {
				}
			}
			k := lineKey{tf.Name(), l}
			ig.covers[k] = append(ig.covers[k], d)
		}
	}
	return ig
}

// isIgnore reports whether a comment's text is a mapilint:ignore directive
// (and not, say, //mapilint:ignored).
func isIgnore(text string) bool {
	rest, ok := strings.CutPrefix(text, IgnoreDirective)
	return ok && (rest == "" || rest[0] == ' ' || rest[0] == '\t')
}

// parseIgnore splits a directive into its pass and reason.
func parseIgnore(c *ast.Comment) *ignore {
	rest := strings.TrimPrefix(c.Text, IgnoreDirective)
	d := &ignore{pos: c.Slash}
	fields := strings.Fields(rest)
	if len(fields) > 0 {
		d.pass = fields[0]
		d.reason = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(rest), d.pass))
	}
	return d
}

// codeBefore reports, for each comment of cs, whether code precedes it on its
// line (a trailing comment). Every token that can start a line's code is the
// first or last token of some syntax node.
func codeBefore(f *ast.File, tf *token.File, cs []*ast.Comment) map[*ast.Comment]bool {
	byLine := map[int][]*ast.Comment{}
	for _, c := range cs {
		l := tf.Line(c.Slash)
		byLine[l] = append(byLine[l], c)
	}
	res := map[*ast.Comment]bool{}
	mark := func(p token.Pos) {
		if !p.IsValid() || int(p) < tf.Base() || int(p) > tf.Base()+tf.Size() {
			return
		}
		for _, c := range byLine[tf.Line(p)] {
			if p < c.Slash {
				res[c] = true
			}
		}
	}
	ast.Inspect(f, func(n ast.Node) bool {
		switch n.(type) {
		case nil, *ast.CommentGroup, *ast.Comment:
			return false
		}
		mark(n.Pos())
		mark(n.End() - 1)
		return true
	})
	return res
}

// excuse marks the directives covering a line of span as used, so that
// none of them is reported as silencing nothing.
func (ig *ignores) excuse(fset *token.FileSet, span [2]token.Pos) {
	if !span[0].IsValid() || !span[1].IsValid() {
		return
	}
	from, to := fset.PositionFor(span[0], false), fset.PositionFor(span[1], false)
	for k, ds := range ig.covers {
		if k.file == from.Filename && from.Line <= k.line && k.line <= to.Line {
			for _, d := range ds {
				d.used = true
			}
		}
	}
}

// silenced reports whether a directive naming the pass covers pos's line,
// and marks the directives that do as used.
func (r *Reporter) silenced(pos token.Pos) bool {
	posn := r.pass.Fset.PositionFor(pos, false)
	found := false
	for _, d := range r.ignores.covers[lineKey{posn.Filename, posn.Line}] {
		if d.pass == r.pass.Analyzer.Name {
			d.used = true
			found = true
		}
	}
	return found
}

// Finish reports the problems of the mapilint:ignore directives this pass
// owns: those naming it that have no reason or silenced nothing, and, for
// UnknownOwner, those naming no known pass. Call it at the end of the pass's
// run, after its last diagnostic.
func (r *Reporter) Finish() {
	name := r.pass.Analyzer.Name
	for _, d := range r.ignores.all {
		var msg string
		switch {
		case d.pass == name && d.reason == "":
			msg = fmt.Sprintf("mapilint:ignore directive for %s needs a reason", name)
		case d.pass == name && !d.used:
			msg = fmt.Sprintf("mapilint:ignore directive for %s silences nothing", name)
		case name != UnknownOwner:
			continue
		case d.pass == "":
			msg = "mapilint:ignore directive needs a pass name and a reason"
		case !slices.Contains(Passes, d.pass):
			msg = fmt.Sprintf("mapilint:ignore names unknown pass %q", d.pass)
		default:
			continue
		}
		r.pass.Report(analysis.Diagnostic{Pos: d.pos, Message: msg})
	}
}
