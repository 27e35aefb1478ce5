// Package report places and words the passes' diagnostics: it reports each
// one once, with related information, and spells calls as the source does.
package report

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"github.com/mapilint/mapilint/internal/model"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
)

// A Reporter reports a pass's diagnostics, each (place, message) once,
// except those a mapilint:ignore directive naming the pass silences (see
// IgnoreDirective). Call Finish at the end of the pass's run to report the
// directives that are malformed or silenced nothing.
type Reporter struct {
	pass    *analysis.Pass
	seen    map[string]bool
	ignores *ignores
}

// New returns a Reporter for pass, reading the pass's mapilint:ignore
// directives. uncertain are the spans of source (functions) where the
// engine may have stayed silent for want of precision: a directive there
// that silences nothing is not reported, since the diagnostic it is for may
// only have been lost.
func New(pass *analysis.Pass, uncertain ...[2]token.Pos) *Reporter {
	r := &Reporter{pass: pass, seen: map[string]bool{}, ignores: parseIgnores(pass)}
	for _, span := range uncertain {
		r.ignores.excuse(pass.Fset, span)
	}
	return r
}

// A Related place explains a diagnostic: the other half of the mistake.
type Related struct {
	Pos     token.Pos
	Message string
}

// Report reports msg at pos, with related places that are known.
func (r *Reporter) Report(pos token.Pos, msg string, related ...Related) {
	r.ReportFix(pos, msg, nil, related...)
}

// ReportFix reports msg at pos with a suggested fix.
func (r *Reporter) ReportFix(pos token.Pos, msg string, fix *analysis.SuggestedFix, related ...Related) {
	key := fmt.Sprint(pos, msg)
	if !pos.IsValid() || r.seen[key] {
		return
	}
	r.seen[key] = true
	if r.silenced(pos) {
		return
	}
	d := analysis.Diagnostic{Pos: pos, Message: msg}
	for _, rel := range related {
		if rel.Pos.IsValid() && rel.Pos != pos {
			d.Related = append(d.Related, analysis.RelatedInformation{Pos: rel.Pos, Message: rel.Message})
		}
	}
	if fix != nil {
		d.SuggestedFixes = []analysis.SuggestedFix{*fix}
	}
	r.pass.Report(d)
}

// InternalError reports that mapilint could not analyse fn, whose name is
// at pos, because of p, a panic caught in the engine or in a pass: one
// diagnostic that names the function and asks for a report, while the
// rest of the package and the other packages are still analysed.
func (r *Reporter) InternalError(pos token.Pos, fn string, p any) {
	r.Report(pos, fmt.Sprintf("mapilint could not analyse %s (internal error: %v); please report this at https://github.com/mapilint/mapilint/issues", fn, p))
}

// Guard runs check, a pass's check of fn, turning a panic in it into
// InternalError about fn.
func (r *Reporter) Guard(fn *ssa.Function, check func()) {
	defer func() {
		if p := recover(); p != nil {
			r.InternalError(model.NamePos(fn), fn.String(), p)
		}
	}()
	check()
}

// callAt returns the call expression whose opening parenthesis (where
// go/ssa places a call) is at pos, or nil.
func callAt(pass *analysis.Pass, pos token.Pos) *ast.CallExpr {
	var found *ast.CallExpr
	for _, f := range pass.Files {
		if pos < f.FileStart || pos > f.FileEnd {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if found != nil {
				return false
			}
			if call, ok := n.(*ast.CallExpr); ok && call.Lparen == pos {
				found = call
			}
			return n == nil || (n.Pos() <= pos && pos <= n.End())
		})
	}
	return found
}

// Callee spells the function a call at pos calls, as the source does
// ("s.closeFolders"), or "a call" when there is none.
func Callee(pass *analysis.Pass, pos token.Pos) string {
	if call := callAt(pass, pos); call != nil {
		return types.ExprString(call.Fun)
	}
	return "a call"
}
