package difftest

import (
	"fmt"
	"go/format"
	"sort"
	"strings"
)

// header is everything in a generated file before the two methods. Each
// generated package stands alone: the support interface, the constants
// and the opaque inputs are declared in it. The parts a program does not
// use are left out (so a program of the original language renders as it
// always did).
const header = `package %s

import (
%s)

// MAPI logoff flags, by value as in MAPIDefS.h.
const (
	LOGOFF_NO_WAIT = 0x00000001
	LOGOFF_ABORT   = 0x00000008
)

// Support is the part of IMAPISupport the store uses at shutdown.
type Support interface {
	StoreLogoffTransports(lpulFlags *uint32) error
	ModifyStatusRow() error
	Release() uint32
}

// Folder is a folder the store keeps open.
type Folder interface {
	Close() error
}

var errRejected = errors.New("store: logoff rejected")

var _ = log.Printf

// opaque, pick and count stand for what the analyzer cannot know: each
// call may return anything, independently of the others.
func opaque() bool { return time.Now().UnixNano()&1 == 0 }

func pick() int { return int(time.Now().UnixNano() %% 3) }

func count() int { return int(time.Now().UnixNano() %% 4) }

type store struct {
%s}
`

// helperHeader is the helper package of a program whose pointer helpers
// live in another package (Program.CrossPkg): the same helpers as the
// same-package ones, exported.
const helperHeader = `// Package shutdown holds shutdown helpers that a store passes its support
// object and a pointer to its own "transports logged off" flag. It
// declares no store.
package shutdown

// Support is the support object as the helpers see it.
type Support interface {
	StoreLogoffTransports(lpulFlags *uint32) error
	Release() uint32
}

const logoffAbort = 0x8

` + ptrHelpers

// ptrHelpers are the pointer-passing helpers, exported (the helper
// package) or not (unexport).
const ptrHelpers = `// Finish is StoreLogoff's half: it logs the transports off with the
// caller's flags and records it in *done.
func Finish(sup Support, lpulFlags *uint32, done *bool) error {
	err := sup.StoreLogoffTransports(lpulFlags)
	*done = true
	return err
}

// AbortUnless is the final Release's half: it aborts the transports
// unless *done says StoreLogoff logged them off, and records it.
func AbortUnless(sup Support, done *bool) {
	if !*done {
		flags := uint32(logoffAbort)
		_ = sup.StoreLogoffTransports(&flags)
		*done = true
	}
}

// MarkDone records the call.
func MarkDone(done *bool) { *done = true }

// IsSet reads the record.
func IsSet(done *bool) bool { return *done }
`

// helperNames maps the exported helper names to the same-package ones.
var helperNames = strings.NewReplacer("Finish", "finish", "AbortUnless", "abortUnless",
	"MarkDone", "markDone", "IsSet", "isSet", "logoffAbort", "LOGOFF_ABORT")

// RenderHelpers returns the source of p's helper package (at
// p.HelperPath()), or nil when p has none.
func RenderHelpers(p *Program) []byte {
	if !p.CrossPkg || !p.usesPtr() {
		return nil
	}
	return []byte(helperHeader)
}

// usesPtr reports whether p uses the pointer helpers.
func (p *Program) usesPtr() bool {
	return p.uses(func(s *Stmt) bool {
		k := callOf(s)
		if k == KPtrLogoff || k == KPtrAbort || (k == KSetTracking && s.Ptr) {
			return true
		}
		if s.Kind == KIf {
			for _, a := range s.Cond.atoms() {
				if a.Kind == CondTracking && a.Ptr {
					return true
				}
			}
		}
		return false
	})
}

// usesCond reports whether p tests a condition of kind k.
func (p *Program) usesCond(k CondKind) bool {
	return p.uses(func(s *Stmt) bool {
		if s.Kind == KIf {
			for _, a := range s.Cond.atoms() {
				if a.Kind == k {
					return true
				}
			}
		}
		return false
	})
}

// usesKind reports whether p makes a call of kind k (deferred or not).
func (p *Program) usesKind(k Kind) bool {
	return p.uses(func(s *Stmt) bool { return callOf(s) == k })
}

// usesFlags reports whether p passes flags f.
func (p *Program) usesFlags(f FlagArg) bool {
	return p.uses(func(s *Stmt) bool { return callOf(s) == KSLT && s.Flags == f })
}

// usesVarFlags reports whether p passes flags from a package variable.
func (p *Program) usesVarFlags() bool {
	return p.uses(func(s *Stmt) bool { return callOf(s) == KSLT && s.Flags >= FlagsVarAbort })
}

// counted reports whether p's Release keeps a count.
func (p *Program) counted() bool { return p.Refcounted() }

// headerText is p's header, gofmt-formatted (formatting aligns the
// struct fields and variables; it moves no line).
func headerText(p *Program) string {
	imports := []string{"errors", "log", "time"}
	count := p.Count
	if !p.counted() {
		count = CountField
	}
	atomicUsed := p.Signal == SigValue
	switch count {
	case CountAtomic, CountAtomicHelper, CountPromoted, CountTooDeep:
		atomicUsed = true
	}
	if p.Signal == SigCancel {
		imports = append(imports, "context")
	}
	if p.Signal == SigOnce || count == CountLocked {
		imports = append(imports, "sync")
	}
	if atomicUsed {
		imports = append(imports, "sync/atomic")
	}
	sort.Strings(imports)
	var imp strings.Builder
	for _, i := range imports {
		fmt.Fprintf(&imp, "\t%q\n", i)
	}
	if p.CrossPkg && p.usesPtr() {
		fmt.Fprintf(&imp, "\n\t%q\n", p.HelperPath())
	}
	fields := [][2]string{{"support", "Support"}, {"inbox", "Folder"}, {"refs", "int32"}, {"loggedOff", "bool"}, {"verbose", "bool"}}
	storeForwards := false
	for _, f := range []*Func{p.Logoff, p.Release} {
		walk(f.Body, func(s *Stmt) { storeForwards = storeForwards || callOf(s) == KForward })
	}
	if storeForwards {
		fields = append(fields, [2]string{"inner", "Store"})
	}
	switch count {
	case CountOpaque:
		fields = append(fields, [2]string{"counter", "RefCounter"})
	case CountPromoted:
		fields = append(fields, [2]string{"refcount", ""})
	case CountLocked:
		fields = append(fields, [2]string{"mu", "sync.Mutex"})
	}
	switch p.Signal {
	case SigClose:
		fields = append(fields, [2]string{"done", "chan struct{}"})
	case SigOnce:
		fields = append(fields, [2]string{"once", "sync.Once"}, [2]string{"done", "chan struct{}"})
	case SigCancel:
		fields = append(fields, [2]string{"ctx", "context.Context"}, [2]string{"cancel", "context.CancelFunc"})
	case SigState:
		fields = append(fields, [2]string{"state", "State"})
	case SigValue:
		fields = append(fields, [2]string{"phase", "atomic.Value"})
	case SigFunc:
		fields = append(fields, [2]string{"probe", "func() bool"})
	}
	var fs strings.Builder
	for _, f := range fields {
		fmt.Fprintf(&fs, "\t%s %s\n", f[0], f[1])
	}
	text := fmt.Sprintf(header, p.Pkg, imp.String(), fs.String()) + declsText(p, count)
	out, err := format.Source([]byte(text))
	if err != nil || strings.Count(string(out), "\n") != strings.Count(text, "\n") {
		panic(fmt.Sprintf("difftest: the header does not format (%v):\n%s", err, text))
	}
	return string(out)
}

// declsText is what p declares after the store type, for the constructs
// it uses.
func declsText(p *Program, count CountStyle) string {
	var b strings.Builder
	decl := func(s string) { b.WriteString("\n" + s) }
	if p.usesKind(KForward) || p.WrapLogoff != nil {
		decl(`// Store is another provider's IMsgStore.
type Store interface {
	StoreLogoff(lpulFlags *uint32) error
	Release() uint32
}
`)
	}
	if p.WrapLogoff != nil {
		decl(`// wrapper is a filter in front of another provider's store: it holds no
// support object.
type wrapper struct {
	inner     Store
	inbox     Folder
	refs      int32
	loggedOff bool
	verbose   bool
}
`)
	}
	switch count {
	case CountHelper:
		decl("// unref drops a reference and returns the count left.\nfunc (s *store) unref() int32 {\n\ts.refs--\n\treturn s.refs\n}\n")
	case CountAtomicHelper:
		decl("// unref drops a reference and returns the count left.\nfunc (s *store) unref() int32 { return atomic.AddInt32(&s.refs, -1) }\n")
	case CountPromoted:
		decl("// refcount is a reference count the store embeds; its unref is promoted.\ntype refcount struct {\n\tn int32\n}\n")
		decl("func (r *refcount) unref() int32 { return atomic.AddInt32(&r.n, -1) }\n")
	case CountLocked:
		decl("// unref drops a reference under the lock and returns the count left.\nfunc (s *store) unref() int32 {\n\ts.mu.Lock()\n\tdefer s.mu.Unlock()\n\ts.refs--\n\treturn s.refs\n}\n")
	case CountChain:
		decl("// unref, dec and decr drop a reference, three calls deep.\nfunc (s *store) unref() int32 { return s.dec() }\n")
		decl("func (s *store) dec() int32 { return s.decr() }\n")
		decl("func (s *store) decr() int32 {\n\ts.refs--\n\treturn s.refs\n}\n")
	case CountTooDeep:
		decl("// unref, dec, decr and drop drop a reference, four calls deep.\nfunc (s *store) unref() int32 { return s.dec() }\n")
		decl("func (s *store) dec() int32 { return s.decr() }\n")
		decl("func (s *store) decr() int32 { return s.drop() }\n")
		decl("func (s *store) drop() int32 { return atomic.AddInt32(&s.refs, -1) }\n")
	case CountOpaque:
		decl("// RefCounter is a reference count behind an interface.\ntype RefCounter interface {\n\tDec() int32\n}\n")
	}
	if p.Signal == SigState {
		decl("// State is a state object the store holds.\ntype State interface {\n\tMarkLoggedOff()\n\tLoggedOff() bool\n}\n")
	}
	if p.usesCond(CondMethod) {
		decl(`// stopping is a store method the engine cannot read (two returns).
func (s *store) stopping() bool {
	if opaque() {
		return true
	}
	return false
}
`)
	}
	if p.usesPtr() && !p.CrossPkg {
		decl(helperNames.Replace(ptrHelpers))
	}
	if p.usesVarFlags() {
		decl(`// Flags in package variables: abortFlags, noWaitFlags and zeroFlags are
// constant in practice; the others are not (assigned, exported, address
// taken).
var (
	abortFlags    uint32 = LOGOFF_ABORT
	noWaitFlags   uint32 = LOGOFF_NO_WAIT
	zeroFlags     uint32
	tunedFlags    uint32 = LOGOFF_NO_WAIT
	ExportedFlags uint32 = LOGOFF_NO_WAIT
	addrFlags     uint32 = LOGOFF_NO_WAIT
)

// tune assigns tunedFlags.
func tune(f uint32) { tunedFlags = f }
`)
	}
	return b.String()
}

// Render returns p's Go source and records each statement's line (and
// each function's) in p. doc, when not empty, is the package comment
// (without the comment markers; lines separated by newlines).
func Render(p *Program, doc string) []byte {
	return render(p, doc, nil)
}

// RenderWant renders p with a `// want` comment on each line that wants
// diagnostics (regular expressions, analysistest syntax), gofmt-formatted.
// Lines are those of a previous Render with the same doc.
func RenderWant(p *Program, doc string, want map[int][]string) []byte {
	src := render(p, doc, want)
	if out, err := format.Source(src); err == nil {
		return out
	}
	return src
}

type renderer struct {
	b    strings.Builder
	line int
	want map[int][]string
	p    *Program
	fn   *Func
}

func render(p *Program, doc string, want map[int][]string) []byte {
	r := &renderer{line: 1, want: want, p: p}
	if doc != "" {
		for _, l := range strings.Split(doc, "\n") {
			r.printf("%s\n", strings.TrimRight("// "+l, " "))
		}
	}
	r.printf("%s", headerText(p))
	for _, f := range p.Funcs() {
		r.printf("\n")
		r.fn = f
		f.Line = r.line
		recv := "store"
		if f.Wrapper {
			recv = "wrapper"
		}
		if f.IsLogoff() {
			r.stmtLine(0, "func (s *"+recv+") StoreLogoff(lpulFlags *uint32) error {")
		} else {
			r.stmtLine(0, "func (s *"+recv+") Release() uint32 {")
		}
		var used [numFlagArgs]bool
		walk(f.Body, func(s *Stmt) {
			if callOf(s) == KSLT {
				used[s.Flags] = true
			}
		})
		for fl, decl := range [numFlagArgs]string{
			FlagsAbort:       "abort := uint32(LOGOFF_ABORT)",
			FlagsNoWait:      "noWait := uint32(LOGOFF_NO_WAIT)",
			FlagsVarAbort:    "varAbort := abortFlags",
			FlagsVarNoWait:   "varNoWait := noWaitFlags",
			FlagsVarZero:     "varZero := zeroFlags",
			FlagsVarTuned:    "varTuned := tunedFlags",
			FlagsVarExported: "varExported := ExportedFlags",
		} {
			if used[fl] && decl != "" {
				r.stmtLine(1, decl)
			}
		}
		r.list(f.Body, 1)
		r.stmtLine(0, "}")
	}
	return []byte(r.b.String())
}

func (r *renderer) printf(format string, args ...any) {
	s := fmt.Sprintf(format, args...)
	r.b.WriteString(s)
	r.line += strings.Count(s, "\n")
}

// stmtLine writes one line at an indentation, with its want comment.
func (r *renderer) stmtLine(indent int, text string) {
	r.b.WriteString(strings.Repeat("\t", indent))
	r.b.WriteString(text)
	if ws := r.want[r.line]; len(ws) > 0 {
		r.b.WriteString(" // want")
		for _, w := range ws {
			r.b.WriteString(" `" + w + "`")
		}
	}
	r.b.WriteString("\n")
	r.line++
}

func (r *renderer) list(l []*Stmt, indent int) {
	for _, s := range l {
		r.stmt(s, indent)
	}
}

func (r *renderer) stmt(s *Stmt, indent int) {
	s.Line = r.line
	switch s.Kind {
	case KIf:
		if s.Cond.Kind == CondSignal && (r.p.Signal == SigClose || r.p.Signal == SigOnce) {
			// A select on the channel: its receive case is the true edge.
			ready, other := s.Then, s.Else
			if s.Cond.Not {
				ready, other = s.Else, s.Then
			}
			r.stmtLine(indent, "select {")
			r.stmtLine(indent, "case <-s.done:")
			r.list(ready, indent+1)
			r.stmtLine(indent, "default:")
			r.list(other, indent+1)
			r.stmtLine(indent, "}")
			return
		}
		r.stmtLine(indent, "if "+r.condText(s.Cond)+" {")
		r.list(s.Then, indent+1)
		if s.HasElse {
			r.stmtLine(indent, "} else {")
			r.list(s.Else, indent+1)
		}
		r.stmtLine(indent, "}")
	case KSwitch:
		r.stmtLine(indent, "switch pick() {")
		for i, c := range s.Cases {
			r.stmtLine(indent, fmt.Sprintf("case %d:", i))
			r.list(c, indent+1)
		}
		if s.HasDef {
			r.stmtLine(indent, "default:")
			r.list(s.Default, indent+1)
		}
		r.stmtLine(indent, "}")
	case KLoop:
		r.stmtLine(indent, "for i, n := 0, count(); i < n; i++ {")
		r.list(s.Body, indent+1)
		r.stmtLine(indent, "}")
	case KLabel:
		r.stmtLine(indent-1, fmt.Sprintf("L%d:", s.Label))
	default:
		r.stmtLine(indent, r.simpleText(s))
	}
}

// helper is the name of a pointer helper as p calls it.
func (p *Program) helper(name string) string {
	if p.CrossPkg {
		return "shutdown." + name
	}
	return helperNames.Replace(name)
}

func (r *renderer) condText(c Cond) string {
	if c.Right != nil {
		return r.condText(c.Atom()) + " " + c.Logic + " " + r.condText(*c.Right)
	}
	not := func(s string) string {
		if c.Not {
			return "!" + s
		}
		return s
	}
	switch c.Kind {
	case CondTracking:
		if c.Ptr {
			return not(r.p.helper("IsSet") + "(&s.loggedOff)")
		}
		return not("s.loggedOff")
	case CondRefcount:
		if r.p.Count.local() && !r.fn.Wrapper {
			return "left " + c.Op + " 0"
		}
		return "s.refs " + c.Op + " 0"
	case CondVerbose:
		return not("s.verbose")
	case CondMethod:
		return not("s.stopping()")
	case CondSignal:
		cmp := map[bool]string{false: " != nil", true: " == nil"}[c.Not]
		switch r.p.Signal {
		case SigCancel:
			return "s.ctx.Err()" + cmp
		case SigState:
			return not("s.state.LoggedOff()")
		case SigValue:
			return "s.phase.Load()" + cmp
		case SigFunc:
			return not("s.probe()")
		}
		panic("difftest: no condition text for signal " + r.p.Signal.String())
	}
	return "opaque()"
}

func flagsText(f FlagArg) string {
	switch f {
	case FlagsAbort:
		return "&abort"
	case FlagsNoWait:
		return "&noWait"
	case FlagsVarAbort:
		return "&varAbort"
	case FlagsVarNoWait:
		return "&varNoWait"
	case FlagsVarZero:
		return "&varZero"
	case FlagsVarTuned:
		return "&varTuned"
	case FlagsVarExported:
		return "&varExported"
	case FlagsVarAddr:
		return "&addrFlags"
	}
	return "lpulFlags"
}

// callText is the call a simple statement (or a deferred call) makes in
// f, a function of p.
func callText(p *Program, f *Func, k Kind, flags FlagArg) string {
	switch k {
	case KSLT:
		return "s.support.StoreLogoffTransports(" + flagsText(flags) + ")"
	case KRelease:
		return "s.support.Release()"
	case KUse:
		return "s.support.ModifyStatusRow()"
	case KClose:
		return "s.inbox.Close()"
	case KForward:
		if f.IsLogoff() {
			return "s.inner.StoreLogoff(lpulFlags)"
		}
		return "s.inner.Release()"
	case KSignal:
		switch p.Signal {
		case SigClose:
			return "close(s.done)"
		case SigOnce:
			return "s.once.Do(func() { close(s.done) })"
		case SigCancel:
			return "s.cancel()"
		case SigState:
			return "s.state.MarkLoggedOff()"
		case SigValue:
			return "s.phase.Store(true)"
		case SigFunc:
			return "s.probe()"
		}
	case KPtrLogoff:
		return p.helper("Finish") + "(s.support, lpulFlags, &s.loggedOff)"
	case KPtrAbort:
		return p.helper("AbortUnless") + "(s.support, &s.loggedOff)"
	}
	panic("difftest: not a call: " + k.String())
}

// calleeText is the callee as the source spells it, as the storelogoff
// pass names an effect.
func calleeText(p *Program, f *Func, k Kind) string {
	c := callText(p, f, k, FlagsCaller)
	return c[:strings.IndexByte(c, '(')]
}

// resultUnused reports whether a call's result, when it has one, must be
// assigned to _ (the calls whose result the generated code ignores).
func resultUnused(p *Program, k Kind) bool {
	switch k {
	case KSLT, KUse, KClose, KForward, KPtrLogoff:
		return true
	case KSignal:
		return p.Signal == SigFunc
	}
	return false
}

// decText is the decrement that starts a counted Release, as p keeps
// its count; left holds the count left when a test reads it.
func (r *renderer) decText() string {
	n := ""
	if r.p.Count.local() && r.fn.testsCount() && r.p.counted() {
		n = "left := "
	}
	switch r.p.Count {
	case CountField:
		return "s.refs--"
	case CountAtomic:
		return n + "atomic.AddInt32(&s.refs, -1)"
	case CountOpaque:
		return n + "s.counter.Dec()"
	}
	return n + "s.unref()"
}

// testsCount reports whether f tests the reference count.
func (f *Func) testsCount() bool {
	found := false
	walk(f.Body, func(s *Stmt) {
		if s.Kind == KIf {
			for _, a := range s.Cond.atoms() {
				found = found || a.Kind == CondRefcount
			}
		}
	})
	return found
}

func (r *renderer) simpleText(s *Stmt) string {
	switch s.Kind {
	case KGoto:
		return fmt.Sprintf("goto L%d", s.Label)
	case KDefer:
		return "defer " + callText(r.p, r.fn, s.Call, s.Flags)
	case KReturn:
		switch {
		case !r.fn.IsLogoff():
			return "return 0"
		case s.Failure:
			return "return errRejected"
		}
		return "return nil"
	case KPanic:
		return `panic("store: unreachable")`
	case KSLT, KUse, KClose, KForward, KSignal, KPtrLogoff, KPtrAbort:
		if resultUnused(r.p, s.Kind) {
			return "_ = " + callText(r.p, r.fn, s.Kind, s.Flags)
		}
		return callText(r.p, r.fn, s.Kind, s.Flags)
	case KRelease:
		return callText(r.p, r.fn, s.Kind, s.Flags)
	case KSetTracking:
		if s.Ptr {
			return r.p.helper("MarkDone") + "(&s.loggedOff)"
		}
		return "s.loggedOff = true"
	case KLog:
		return fmt.Sprintf(`log.Printf("store: step %d")`, s.N)
	case KDec:
		if r.fn.Wrapper {
			return "s.refs--"
		}
		return r.decText()
	}
	panic("difftest: cannot render " + s.Kind.String())
}

// Listing returns src with line numbers, for failure messages.
func Listing(src []byte) string {
	var b strings.Builder
	for i, l := range strings.Split(strings.TrimRight(string(src), "\n"), "\n") {
		fmt.Fprintf(&b, "%4d  %s\n", i+1, l)
	}
	return b.String()
}

// sortedLines returns the keys of a line map in order.
func sortedLines[V any](m map[int]V) []int {
	var out []int
	for l := range m {
		out = append(out, l)
	}
	sort.Ints(out)
	return out
}
