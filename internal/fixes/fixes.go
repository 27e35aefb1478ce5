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
	"github.com/mapilint/mapilint/internal/flow"
	"github.com/mapilint/mapilint/internal/mapi"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"
)

// ReleaseBefore inserts the support object's Release before the return at
// pos (a return statement, or the closing brace of the function). It is
// offered only when every path reaching that return is final and has not
// released the support object, so the fix cannot release early or twice.
func ReleaseBefore(pass *analysis.Pass, st *engine.Store, pos token.Pos) *analysis.SuggestedFix {
	for _, e := range st.Release.Exits {
		if e.Pos == pos && (e.Tuple.Releases > 0 || st.MayNotBeFinal(e.Tuple) || e.Tuple.Escaped) {
			return nil
		}
	}
	t := supportType(pass, st)
	if t == nil || !hasGoMethod(t, "Release") {
		return nil
	}
	file, stmtPos := statementAt(pass, pos)
	if file == nil {
		return nil
	}
	ind := indent(pass, file, stmtPos)
	text := st.SupportIn(st.Release.Fn) + ".Release()\n" + ind
	return &analysis.SuggestedFix{
		Message:   "release the support object before returning",
		TextEdits: []analysis.TextEdit{{Pos: stmtPos, End: stmtPos, NewText: []byte(text)}},
	}
}

// AbortBefore inserts, before each statement holding a support release at
// releases, the StoreLogoffTransports(LOGOFF_ABORT) call guarded by the
// store's tracking state. It needs tracking state it can spell as a
// condition, and types it can name in the file.
func AbortBefore(pass *analysis.Pass, st *engine.Store, releases []token.Pos) *analysis.SuggestedFix {
	fn := st.Release.Fn
	supType := supportType(pass, st)
	if supType == nil || !hasGoMethod(supType, "StoreLogoffTransports") || len(releases) == 0 {
		return nil
	}
	flagsType := flagsParamType(supType)
	if flagsType == nil {
		return nil
	}
	fix := &analysis.SuggestedFix{Message: "call StoreLogoffTransports with LOGOFF_ABORT when StoreLogoff has not"}
	seen := map[token.Pos]bool{}
	for _, pos := range releases {
		file, stmtPos := statementAt(pass, pos)
		if file == nil {
			return nil
		}
		if seen[stmtPos] {
			continue
		}
		seen[stmtPos] = true
		tname, ok := typeName(pass, file, flagsType)
		if !ok {
			return nil
		}
		abort := abortConst(pass, file, flagsType)
		value := abort
		if c := lookupConst(pass, file, abort); c == nil || !types.Identical(c.Type(), flagsType) {
			value = fmt.Sprintf("%s(%s)", tname, abort)
		}
		call := []string{
			"\tflags := " + value,
			"\t" + st.SupportIn(fn) + ".StoreLogoffTransports(&flags)",
		}
		var lines []string
		for _, k := range st.Keys {
			field := k.Path.Render(fn)
			if k.Once {
				lines = append(append([]string{field + ".Do(func() {"}, call...), "})")
				break
			}
			if guard := guardFor(pass, field, k.Path.TypeOf(st.Type), k); guard != "" {
				lines = append(append([]string{"if " + guard + " {"}, call...), "}")
				break
			}
		}
		if lines == nil {
			return nil
		}
		ind := indent(pass, file, stmtPos)
		text := strings.Join(lines, "\n"+ind) + "\n" + ind
		fix.TextEdits = append(fix.TextEdits, analysis.TextEdit{Pos: stmtPos, End: stmtPos, NewText: []byte(text)})
	}
	return fix
}

// supportType is the support object's type: a store field's, or a
// package variable's.
func supportType(pass *analysis.Pass, st *engine.Store) types.Type {
	if name, ok := st.Support.GlobalName(); ok {
		if v, ok := pass.Pkg.Scope().Lookup(name).(*types.Var); ok && st.Support.FieldName() == "" {
			return v.Type()
		}
		return nil
	}
	return st.Support.TypeOf(st.Type)
}

// guardFor spells "StoreLogoff has not run" for one tracking field,
// naming the package's constant for the value where there is exactly one.
func guardFor(pass *analysis.Pass, field string, t types.Type, k flow.Key) string {
	c, bits, ok := k.LoggedOffValue()
	if !ok || t == nil {
		return ""
	}
	read, valueType := field, t
	if isAtomic(t) {
		read = field + ".Load()"
		if m, _, _ := types.LookupFieldOrMethod(t, true, nil, "Load"); m != nil {
			valueType = m.Type().(*types.Signature).Results().At(0).Type()
		}
	} else if _, basic := t.Underlying().(*types.Basic); !basic {
		return ""
	}
	switch {
	case bits != 0:
		return fmt.Sprintf("%s&%s == 0", read, constName(pass, constant.MakeUint64(bits), valueType, fmt.Sprintf("%#x", bits)))
	case c.Kind() == constant.Bool && constant.BoolVal(c):
		return "!" + read
	case c.Kind() == constant.Bool:
		return read
	case c.Kind() == constant.Int:
		return fmt.Sprintf("%s != %s", read, constName(pass, c, valueType, c.ExactString()))
	}
	return ""
}

// constName names a package-level constant of value v: the only one of
// type t if there is one, else the only one at all; else it returns literal.
func constName(pass *analysis.Pass, v constant.Value, t types.Type, literal string) string {
	var all, typed []string
	scope := pass.Pkg.Scope()
	for _, name := range scope.Names() {
		c, ok := scope.Lookup(name).(*types.Const)
		if !ok || c.Val().Kind() != constant.Int || !constant.Compare(c.Val(), token.EQL, v) {
			continue
		}
		all = append(all, name)
		if types.Identical(c.Type(), t) {
			typed = append(typed, name)
		}
	}
	switch {
	case len(typed) == 1:
		return typed[0]
	case len(all) == 1:
		return all[0]
	}
	return literal
}

// typeName spells t as file can: other packages' types by their import
// names; ok is false when a needed package is not imported there.
func typeName(pass *analysis.Pass, file *ast.File, t types.Type) (string, bool) {
	ok := true
	name := types.TypeString(t, func(p *types.Package) string {
		if p == pass.Pkg {
			return ""
		}
		name, found := importName(file, p)
		ok = ok && found
		return name
	})
	return name, ok
}

// importName is the name file uses for package p.
func importName(file *ast.File, p *types.Package) (string, bool) {
	for _, imp := range file.Imports {
		if strings.Trim(imp.Path.Value, `"`) != p.Path() {
			continue
		}
		if imp.Name != nil {
			return imp.Name.Name, imp.Name.Name != "_" && imp.Name.Name != "."
		}
		return p.Name(), true
	}
	return "", false
}

// lookupConst resolves a constant spelt as abortConst spells it.
func lookupConst(pass *analysis.Pass, file *ast.File, spelt string) *types.Const {
	if pkgName, name, ok := strings.Cut(spelt, "."); ok {
		for _, imp := range pass.Pkg.Imports() {
			if n, found := importName(file, imp); found && n == pkgName {
				c, _ := imp.Scope().Lookup(name).(*types.Const)
				return c
			}
		}
		return nil
	}
	c, _ := pass.Pkg.Scope().Lookup(spelt).(*types.Const)
	return c
}

func isAtomic(t types.Type) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "sync/atomic"
}

// abortConst names LOGOFF_ABORT as the code does: a constant of value 8
// with ABORT in its name, in this package or the flags type's, else 0x8.
func abortConst(pass *analysis.Pass, file *ast.File, flagsType types.Type) string {
	find := func(pkg *types.Package) string {
		scope := pkg.Scope()
		for _, name := range scope.Names() {
			c, ok := scope.Lookup(name).(*types.Const)
			if !ok || (pkg != pass.Pkg && !c.Exported()) || !strings.Contains(strings.ToUpper(name), "ABORT") {
				continue
			}
			if v, ok := constant.Uint64Val(constant.ToInt(c.Val())); ok && v == mapi.LogoffAbort {
				return name
			}
		}
		return ""
	}
	if name := find(pass.Pkg); name != "" {
		return name
	}
	if n, ok := types.Unalias(flagsType).(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg() != pass.Pkg {
		if name := find(n.Obj().Pkg()); name != "" {
			if qual, ok := importName(file, n.Obj().Pkg()); ok {
				return qual + "." + name
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
			if l, ok := n.(*ast.LabeledStmt); ok {
				// Keep the label on the statement it names, so that a
				// goto to it runs the inserted code too.
				n = l.Stmt
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
