// Package fixes writes the suggested fixes of the passes: the missing
// release of the support object, and the guarded LOGOFF_ABORT call. A fix
// is offered only when its text is sure to compile.
package fixes

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"github.com/mapilint/mapilint/internal/engine"
	"github.com/mapilint/mapilint/internal/mapi"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"
)

// ReleaseBefore inserts the support object's Release before the return at
// pos (a return statement, or the closing brace of the function).
func ReleaseBefore(pass *analysis.Pass, st *engine.Store, pos token.Pos) *analysis.SuggestedFix {
	fn := st.Release.Fn
	t := st.Support.TypeOf(st.Type)
	if t == nil || !hasGoMethod(t, "Release") {
		return nil
	}
	file, stmtPos := statementAt(pass, pos)
	if file == nil {
		return nil
	}
	text := st.SupportIn(fn) + ".Release()\n" + indent(pass, file, stmtPos)
	return &analysis.SuggestedFix{
		Message:   "release the support object before returning",
		TextEdits: []analysis.TextEdit{{Pos: stmtPos, End: stmtPos, NewText: []byte(text)}},
	}
}

// AbortBefore inserts, before the statement holding the call at pos, the
// StoreLogoffTransports(LOGOFF_ABORT) call guarded by the store's tracking
// state. It needs tracking state it can spell as a condition.
func AbortBefore(pass *analysis.Pass, st *engine.Store, pos token.Pos) *analysis.SuggestedFix {
	fn := st.Release.Fn
	supType := st.Support.TypeOf(st.Type)
	if supType == nil || !hasGoMethod(supType, "StoreLogoffTransports") {
		return nil
	}
	flagsType := flagsParamType(supType)
	if flagsType == nil {
		return nil
	}
	qual := types.RelativeTo(pass.Pkg)
	call := fmt.Sprintf("flags := %s(%s)\n%s.StoreLogoffTransports(&flags)\n",
		types.TypeString(flagsType, qual), abortConst(pass.Pkg), st.SupportIn(fn))
	var text string
	for _, k := range st.Keys {
		field := k.Path.Render(fn)
		if k.Once {
			text = fmt.Sprintf("%s.Do(func() {\n%s})\n", field, call)
			break
		}
		if guard := guardFor(field, k.Path.TypeOf(st.Type), k); guard != "" {
			text = fmt.Sprintf("if %s {\n%s}\n", guard, call)
			break
		}
	}
	if text == "" {
		return nil
	}
	file, stmtPos := statementAt(pass, pos)
	if file == nil {
		return nil
	}
	return &analysis.SuggestedFix{
		Message:   "call StoreLogoffTransports with LOGOFF_ABORT when StoreLogoff has not",
		TextEdits: []analysis.TextEdit{{Pos: stmtPos, End: stmtPos, NewText: []byte(text + indent(pass, file, stmtPos))}},
	}
}

// guardFor spells "StoreLogoff has not run" for one tracking field.
func guardFor(field string, t types.Type, k engineKey) string {
	c, bits, ok := k.LoggedOffValue()
	if !ok || t == nil {
		return ""
	}
	read := field
	if isAtomic(t) {
		read = field + ".Load()"
	} else if _, basic := t.Underlying().(*types.Basic); !basic {
		return ""
	}
	switch {
	case bits != 0:
		return fmt.Sprintf("%s&%#x == 0", read, bits)
	case c.Kind() == constant.Bool && constant.BoolVal(c):
		return "!" + read
	case c.Kind() == constant.Bool:
		return read
	case c.Kind() == constant.Int:
		return fmt.Sprintf("%s != %s", read, c.ExactString())
	}
	return ""
}

type engineKey interface {
	LoggedOffValue() (constant.Value, uint64, bool)
}

func isAtomic(t types.Type) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "sync/atomic"
}

// abortConst names LOGOFF_ABORT as the package does, or spells its value.
func abortConst(pkg *types.Package) string {
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		if c, ok := scope.Lookup(name).(*types.Const); ok && strings.Contains(strings.ToUpper(name), "ABORT") {
			if v, ok := constant.Uint64Val(constant.ToInt(c.Val())); ok && v == mapi.LogoffAbort {
				return name
			}
		}
	}
	return fmt.Sprintf("%#x", mapi.LogoffAbort)
}

func hasGoMethod(t types.Type, name string) bool {
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, name)
	_, ok := obj.(*types.Func)
	return ok
}

// flagsParamType is the element type of StoreLogoffTransports' flags
// pointer on the support type.
func flagsParamType(t types.Type) types.Type {
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "StoreLogoffTransports")
	f, ok := obj.(*types.Func)
	if !ok {
		return nil
	}
	sig := f.Type().(*types.Signature)
	if sig.Params().Len() != 1 {
		return nil
	}
	p, ok := sig.Params().At(0).Type().Underlying().(*types.Pointer)
	if !ok {
		return nil
	}
	return p.Elem()
}

// statementAt finds the statement in a block that holds pos; for the
// closing brace of a function, the brace itself.
func statementAt(pass *analysis.Pass, pos token.Pos) (*ast.File, token.Pos) {
	for _, f := range pass.Files {
		if pos < f.FileStart || pos > f.FileEnd {
			continue
		}
		path, _ := astutil.PathEnclosingInterval(f, pos, pos)
		for i, n := range path {
			if i+1 >= len(path) {
				break
			}
			switch parent := path[i+1].(type) {
			case *ast.BlockStmt:
				if _, ok := n.(ast.Stmt); ok {
					return f, n.Pos()
				}
				if parent.Rbrace == pos {
					return f, pos
				}
			case *ast.CaseClause, *ast.CommClause:
				if _, ok := n.(ast.Stmt); ok {
					return f, n.Pos()
				}
			}
			if b, ok := n.(*ast.BlockStmt); ok && b.Rbrace == pos {
				return f, pos
			}
		}
	}
	return nil, token.NoPos
}

// indent is the white space that starts pos's line, to keep the inserted
// statement's successor in place.
func indent(pass *analysis.Pass, file *ast.File, pos token.Pos) string {
	tf := pass.Fset.File(file.FileStart)
	content, err := pass.ReadFile(tf.Name())
	if err != nil {
		return ""
	}
	start := tf.Offset(tf.LineStart(tf.Line(pos)))
	end := start
	for end < len(content) && (content[end] == '\t' || content[end] == ' ') {
		end++
	}
	return string(content[start:end])
}
