// Package difftest tests mapilint's path engine differentially: it
// generates small random store implementations (a StoreLogoff and a
// Release built from a tiny statement language), decides every rule of
// the three passes by brute force over the concrete paths of the generated
// program (an interpreter of the statement language that shares no code
// with the engine and knows nothing of SSA), and compares that verdict with
// what the analyzers report on the rendered Go source.
//
// The language has the control flow of real code (if, switch, for, goto,
// labels, defer, panic, early and failure returns), the calls the rules
// speak of (StoreLogoffTransports with abort, no-wait, the caller's flags
// or flags read from package variables; the support object's Release and
// other uses; calls with effects; logging) and tracking state (s.loggedOff,
// set and tested), plus the idioms real providers use (issue 12):
// reference counts kept by atomics, helpers, promoted methods, helpers
// three and four calls deep or an interface (Program.Count); state kept in
// a channel StoreLogoff closes, directly or under a sync.Once, which the
// engine values, and state it cannot value: a cancelled context, a state
// object behind an interface, an atomic.Value, a function field, a store
// method it cannot read (Program.Signal, CondSignal, CondMethod); pointer
// helpers (finish, abortUnless, markDone, isSet) in the same package or in
// another one (Program.CrossPkg); calls of another store's StoreLogoff and
// Release, and a wrapper type in front of one, forwarding or not
// (KForward, Program.WrapLogoff). The oracle values these where the README
// says the engine does, and requires silence on every verdict that depends
// on what it cannot value (the oracle's comment says which).
//
// The pieces:
//
//   - ir.go: the statement language (Program, Func, Stmt, Cond) and
//     Normalize and NormalizeProgram, which keep a program valid Go after
//     generation, mutation and shrinking (no dead code, every goto forward
//     to a label in an enclosing list, a terminating statement at the end,
//     each construct where it can be rendered and valued).
//   - gen.go: Config.Generate, a random program from a Source of choices (a
//     seed, or bytes from the fuzzer), half of them mutated correct
//     skeletons. Config selects the constructs; DefaultConfig has them
//     all.
//   - render.go: Render, the gofmt-clean Go source of a program, recording
//     each statement's line, and RenderHelpers, its helper package's;
//     RenderWant adds analysistest want comments.
//   - oracle.go: Expect, the diagnostics the passes must and may report,
//     computed by enumerating every path of every function under every
//     context (tracking state before the call, reference count, each
//     opaque choice); ExpectStrict, the same with no known engine gap
//     tolerated.
//   - gaps.go: the engine gaps the differential test found and the engine
//     has yet to fix, each with what it explains (TestKnownGaps keeps a
//     minimised program of each and says when the engine no longer shows
//     it).
//   - run.go: Analyze, which writes programs (and helper packages) into a
//     GOPATH-style tree, type-checks them in process and runs the three
//     analyzers with golang.org/x/tools/go/analysis/checker; Compare and
//     Judge, which classify a run as agreeing with the oracle or not.
//   - shrink.go: Shrink, a delta-debugging minimiser, used to turn a
//     disagreement into a small reproducer.
//
// The tests: TestFixedSeeds (200 programs, part of go test ./...; it logs
// the rules and constructs exercised and the known gaps hit;
// -difftest.n and -difftest.seed choose other seeds), FuzzEngine (go test
// -run='^$' -fuzz='^FuzzEngine$' -fuzztime=60s ./internal/difftest), the
// oracle's own tests, TestRegressions (each disagreement found and fixed,
// minimised, in testdata/src/difftest/regressions with the oracle's want
// comments), TestKnownGaps and TestReadings (how other readings of the
// specification would change verdicts).
package difftest

import (
	"fmt"
	"sort"
)

// Kind is a statement's kind.
type Kind uint8

// The statements of the language.
const (
	KIf          Kind = iota // if Cond { Then } else { Else }
	KSwitch                  // switch pick() { case 0: ...; default: ... }
	KLoop                    // for i, n := 0, count(); i < n; i++ { Body }
	KGoto                    // goto L<Label> (forward, to an enclosing list)
	KLabel                   // L<Label>: marks the next statement
	KDefer                   // defer <Call>
	KReturn                  // return nil / errRejected (StoreLogoff), return 0 (Release)
	KPanic                   // panic("...")
	KSLT                     // _ = s.support.StoreLogoffTransports(flags)
	KRelease                 // s.support.Release()
	KUse                     // _ = s.support.ModifyStatusRow(): another use of the support object
	KSetTracking             // s.loggedOff = true
	KClose                   // _ = s.inbox.Close(): a call with effects
	KLog                     // log.Printf(...): a harmless call
	KDec                     // s.refs--: the reference count (Release only), as Program.Count keeps it
	KForward                 // _ = s.inner.StoreLogoff(lpulFlags) / _ = s.inner.Release(): a call of another store
	KSignal                  // StoreLogoff only: a change of Program.Signal's state (close(s.done), s.cancel(), ...)
	KPtrLogoff               // StoreLogoff only: _ = finish(s.support, lpulFlags, &s.loggedOff)
	KPtrAbort                // abortUnless(s.support, &s.loggedOff): if !*done { StoreLogoffTransports(&abort); *done = true }
)

var kindNames = [...]string{"if", "switch", "loop", "goto", "label", "defer", "return", "panic",
	"slt", "release", "use", "settracking", "close", "log", "dec", "forward", "signal", "ptrlogoff", "ptrabort"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("kind(%d)", k)
}

// FlagArg is what a StoreLogoffTransports call passes.
type FlagArg uint8

// The flags a call may pass.
const (
	FlagsAbort  FlagArg = iota // &abort, abort := uint32(LOGOFF_ABORT)
	FlagsNoWait                // &noWait, noWait := uint32(LOGOFF_NO_WAIT)
	FlagsCaller                // lpulFlags, StoreLogoff's own parameter
	// Package variables (README "Flags in package variables"): an
	// unexported integer variable nothing assigns and whose address is
	// never taken is its initial constant; anything else is unknown.
	FlagsVarAbort    // &varAbort, varAbort := abortFlags (var abortFlags uint32 = LOGOFF_ABORT)
	FlagsVarNoWait   // &varNoWait, varNoWait := noWaitFlags (= LOGOFF_NO_WAIT)
	FlagsVarZero     // &varZero, varZero := zeroFlags (declared without a value: 0)
	FlagsVarTuned    // &varTuned, varTuned := tunedFlags (= LOGOFF_NO_WAIT, assigned by tune: unknown)
	FlagsVarExported // &varExported, varExported := ExportedFlags (= LOGOFF_NO_WAIT, exported: unknown)
	FlagsVarAddr     // &addrFlags itself (= LOGOFF_NO_WAIT, its address taken: unknown)
	numFlagArgs
)

// flagClass is what a FlagArg's value is, as abortflag judges it.
type flagClass uint8

const (
	flagUnknown flagClass = iota // not a constant the rules can judge
	flagAbort
	flagNoWait // 0x1: reported
	flagZero   // 0x0: reported
)

func (f FlagArg) class() flagClass {
	switch f {
	case FlagsAbort, FlagsVarAbort:
		return flagAbort
	case FlagsNoWait, FlagsVarNoWait:
		return flagNoWait
	case FlagsVarZero:
		return flagZero
	}
	return flagUnknown
}

// CondKind is what an if tests.
type CondKind uint8

// Conditions.
const (
	CondTracking CondKind = iota // s.loggedOff / !s.loggedOff
	CondRefcount                 // s.refs <op> 0, after the decrement
	CondOpaque                   // opaque(): a fresh unknown bool at each evaluation
	CondVerbose                  // s.verbose / !s.verbose: a field nothing writes, not tracking state
	// CondSignal reads Program.Signal's state: a select on s.done,
	// s.ctx.Err() != nil, s.state.LoggedOff(), s.phase.Load() != nil,
	// s.probe(). For a channel (SigClose, SigOnce), whether it is closed:
	// a boolean close sets, tracking state when StoreLogoff closes it
	// (README "A channel StoreLogoff closes"). Otherwise a fresh unknown
	// at each evaluation, opaque (README "State the engine cannot value")
	// when StoreLogoff changes the state (Program.signals). Never an
	// operand of && or || (a select has no such form).
	CondSignal
	// CondMethod is s.stopping(), a store method the engine cannot read
	// (two returns): a fresh unknown at each evaluation, always opaque.
	CondMethod
	// condHelperTest is the test of *done inside abortUnless (the oracle
	// compiles KPtrAbort's body in place); never generated.
	condHelperTest
)

// Cond is an if's condition: an atom, or with Right, "atom Logic Right"
// (Go's short-circuit && or ||; Right is an atom).
type Cond struct {
	Kind  CondKind
	Not   bool   // CondTracking, CondVerbose, CondSignal, CondMethod: negated
	Ptr   bool   // CondTracking: through a pointer helper, isSet(&s.loggedOff)
	Op    string // CondRefcount: ==, !=, <, <=, >, >=
	Logic string // "&&" or "||" when Right is set
	Right *Cond
}

// Atom returns the condition without its right operand.
func (c Cond) Atom() Cond {
	c.Logic, c.Right = "", nil
	return c
}

// atoms returns the atoms of a condition, left to right.
func (c *Cond) atoms() []*Cond {
	if c.Right != nil {
		return []*Cond{c, c.Right}
	}
	return []*Cond{c}
}

// Stmt is one statement. Compound statements own their lists.
type Stmt struct {
	Kind    Kind
	Cond    Cond      // KIf
	Then    []*Stmt   // KIf
	Else    []*Stmt   // KIf, with HasElse
	HasElse bool      // KIf
	Cases   [][]*Stmt // KSwitch: case 0, case 1, ...
	Default []*Stmt   // KSwitch, with HasDefault
	HasDef  bool      // KSwitch
	Body    []*Stmt   // KLoop
	Label   int       // KGoto, KLabel
	Flags   FlagArg   // KSLT; KDefer of KSLT
	Call    Kind      // KDefer: KRelease, KSLT, KUse, KClose, KForward, KSignal or KPtrAbort
	Ptr     bool      // KSetTracking: through a pointer helper, markDone(&s.loggedOff)
	Failure bool      // KReturn in StoreLogoff: return errRejected
	N       int       // KLog: a number for the message
	Line    int       // set by Render: the statement's (first) line
}

// Func is StoreLogoff or Release, of the store or of the wrapper.
type Func struct {
	Role    string // "StoreLogoff" or "Release"
	Wrapper bool   // a method of the wrapper type, not of the store
	Body    []*Stmt
	Line    int // set by Render: the line of the func keyword and name
}

// IsLogoff reports whether f is StoreLogoff.
func (f *Func) IsLogoff() bool { return f.Role == "StoreLogoff" }

// CountStyle is how Release keeps its reference count: what KDec and
// CondRefcount render as.
type CountStyle uint8

// Count styles. All but CountOpaque and CountTooDeep keep a count the
// engine identifies (README "The final release path": in Release or in a
// same-package helper up to three calls deep); those two keep one it
// cannot, behind a count-like test, so which paths are final is unknown.
const (
	CountField        CountStyle = iota // s.refs--; s.refs <op> 0
	CountAtomic                         // left := atomic.AddInt32(&s.refs, -1); left <op> 0
	CountHelper                         // left := s.unref(), which does s.refs--; return s.refs
	CountAtomicHelper                   // left := s.unref(), which returns atomic.AddInt32(&s.refs, -1)
	CountPromoted                       // left := s.unref(), promoted from the embedded refcount type
	CountLocked                         // left := s.unref(), which locks s.mu around s.refs--
	CountChain                          // left := s.unref() -> s.dec() -> s.decr(): three calls deep
	CountTooDeep                        // four calls deep (s.unref() -> ... -> atomic add): not found
	CountOpaque                         // left := s.counter.Dec(), an interface: not found
	numCountStyles
)

var countNames = [...]string{"field", "atomic", "helper", "atomichelper", "promoted", "locked", "chain", "toodeep", "opaque"}

func (c CountStyle) String() string {
	if int(c) < len(countNames) {
		return countNames[c]
	}
	return fmt.Sprintf("count(%d)", c)
}

// Unknown reports whether the engine cannot identify the count.
func (c CountStyle) Unknown() bool { return c == CountTooDeep || c == CountOpaque }

// local reports whether the count is tested through a local n.
func (c CountStyle) local() bool { return c != CountField }

// SignalStyle is the state mechanism KSignal changes and CondSignal reads:
// a channel StoreLogoff closes, which the engine values (README "A channel
// StoreLogoff closes"), or state it cannot value (README "State the engine
// cannot value").
type SignalStyle uint8

// Signal styles.
const (
	SigNone   SignalStyle = iota
	SigClose              // close(s.done); select on <-s.done (at most one close, Normalize)
	SigOnce               // s.once.Do(func() { close(s.done) }); select on <-s.done
	SigCancel             // s.cancel(); s.ctx.Err() != nil
	SigState              // s.state.MarkLoggedOff(); s.state.LoggedOff() (an interface)
	SigValue              // s.phase.Store(true); s.phase.Load() != nil (an atomic.Value)
	SigFunc               // _ = s.probe(); s.probe() (a function field)
	numSignals
)

var signalNames = [...]string{"none", "close", "once", "cancel", "state", "value", "func"}

func (g SignalStyle) String() string {
	if int(g) < len(signalNames) {
		return signalNames[g]
	}
	return fmt.Sprintf("signal(%d)", g)
}

// Program is one generated store: its package name, StoreLogoff and
// Release, and the program-wide choices that shape what they render to.
type Program struct {
	Pkg     string
	Logoff  *Func
	Release *Func
	// Path is the package's import path (ImportPrefix/Pkg when empty);
	// the helper package, when CrossPkg, is Path/shutdown.
	Path   string
	Count  CountStyle  // when Release starts with KDec
	Signal SignalStyle // what KSignal and CondSignal are
	// CrossPkg: the pointer helpers (KPtrLogoff, KPtrAbort, Ptr
	// tracking) are in package shutdown, not in the store's package.
	CrossPkg bool
	// WrapLogoff and WrapRelease, when set, are the methods of a wrapper
	// type in front of another store (no support object); it is not a
	// store when WrapLogoff forwards (README "Wrappers are not stores").
	WrapLogoff, WrapRelease *Func
}

// Clone returns a deep copy of p.
func (p *Program) Clone() *Program {
	c := *p
	c.Logoff, c.Release = p.Logoff.clone(), p.Release.clone()
	if p.WrapLogoff != nil {
		c.WrapLogoff, c.WrapRelease = p.WrapLogoff.clone(), p.WrapRelease.clone()
	}
	return &c
}

func (f *Func) clone() *Func {
	return &Func{Role: f.Role, Wrapper: f.Wrapper, Body: cloneList(f.Body), Line: f.Line}
}

// Funcs returns the program's functions: StoreLogoff, Release, and the
// wrapper's when there is one.
func (p *Program) Funcs() []*Func {
	fs := []*Func{p.Logoff, p.Release}
	if p.WrapLogoff != nil {
		fs = append(fs, p.WrapLogoff, p.WrapRelease)
	}
	return fs
}

// importPath is p's import path.
func (p *Program) importPath() string {
	if p.Path != "" {
		return p.Path
	}
	return ImportPrefix + "/" + p.Pkg
}

// HelperPath is the import path of p's helper package, when CrossPkg.
func (p *Program) HelperPath() string { return p.importPath() + "/shutdown" }

// uses reports whether some function of p has a statement or condition
// that f accepts.
func (p *Program) uses(f func(s *Stmt) bool) bool {
	found := false
	for _, fn := range p.Funcs() {
		walk(fn.Body, func(s *Stmt) { found = found || f(s) })
	}
	return found
}

// callOf is the call a statement makes (its own kind, or a deferred
// call's).
func callOf(s *Stmt) Kind {
	if s.Kind == KDefer {
		return s.Call
	}
	return s.Kind
}

// signals reports whether StoreLogoff changes the signal state in a way
// the engine cannot value, as the README has it: it makes a KSignal, or
// calls a method of the object the signal state is (ctx.Err(),
// s.state.LoggedOff(): any method may change it) or the function field
// (s.probe()). Then every CondSignal test is opaque. (A channel it
// closes, SigClose and SigOnce, is valued instead: a boolean close sets.)
func (p *Program) signals() bool {
	if p.Signal == SigClose || p.Signal == SigOnce {
		return false
	}
	found := false
	walk(p.Logoff.Body, func(s *Stmt) {
		found = found || callOf(s) == KSignal
		if s.Kind == KIf && s.Cond.Kind == CondSignal {
			switch p.Signal {
			case SigCancel, SigState, SigFunc:
				found = true
			}
		}
	})
	return found
}

func cloneList(l []*Stmt) []*Stmt {
	if l == nil {
		return nil
	}
	out := make([]*Stmt, len(l))
	for i, s := range l {
		c := *s
		if s.Cond.Right != nil {
			r := *s.Cond.Right
			c.Cond.Right = &r
		}
		c.Then, c.Else, c.Body, c.Default = cloneList(s.Then), cloneList(s.Else), cloneList(s.Body), cloneList(s.Default)
		if s.Cases != nil {
			c.Cases = make([][]*Stmt, len(s.Cases))
			for j, cs := range s.Cases {
				c.Cases[j] = cloneList(cs)
			}
		}
		out[i] = &c
	}
	return out
}

// Lists returns the statement lists a compound statement owns.
func (s *Stmt) Lists() []*[]*Stmt {
	switch s.Kind {
	case KIf:
		if s.HasElse {
			return []*[]*Stmt{&s.Then, &s.Else}
		}
		return []*[]*Stmt{&s.Then}
	case KSwitch:
		var out []*[]*Stmt
		for i := range s.Cases {
			out = append(out, &s.Cases[i])
		}
		if s.HasDef {
			out = append(out, &s.Default)
		}
		return out
	case KLoop:
		return []*[]*Stmt{&s.Body}
	}
	return nil
}

// walk calls f for each statement of l in pre-order.
func walk(l []*Stmt, f func(*Stmt)) {
	for _, s := range l {
		f(s)
		for _, sub := range s.Lists() {
			walk(*sub, f)
		}
	}
}

// terminates reports whether a statement list ends in a terminating
// statement as the Go specification defines it (a label marks the
// statement after it, so it is skipped).
func terminates(l []*Stmt) bool {
	for i := len(l) - 1; i >= 0; i-- {
		if l[i].Kind == KLabel {
			continue
		}
		return terminating(l[i])
	}
	return false
}

func terminating(s *Stmt) bool {
	switch s.Kind {
	case KReturn, KPanic, KGoto:
		return true
	case KIf:
		return s.HasElse && terminates(s.Then) && terminates(s.Else)
	case KSwitch:
		if !s.HasDef || !terminates(s.Default) {
			return false
		}
		for _, c := range s.Cases {
			if !terminates(c) {
				return false
			}
		}
		return true
	}
	// A for loop with a condition is never terminating.
	return false
}

// Normalize makes a function valid Go, whatever mutation or shrinking did
// to it: every goto jumps forward to a label in an enclosing list, every
// label is used and followed by a statement, no statement follows a
// terminating one unless a label makes it reachable, refcount conditions
// appear only after the decrement that starts Release, and the body ends
// in a terminating statement.
func Normalize(f *Func) {
	for changed := true; changed; {
		changed = false
		// Labels reachable by a goto from inside the list before them.
		valid := map[int]bool{}
		var scan func(l []*Stmt, open map[int]bool)
		scan = func(l []*Stmt, open map[int]bool) {
			// open: labels of enclosing lists that appear after the
			// current position there.
			for i, s := range l {
				inner := map[int]bool{}
				for k := range open {
					inner[k] = true
				}
				for _, t := range l[i+1:] {
					if t.Kind == KLabel {
						inner[t.Label] = true
					}
				}
				if s.Kind == KGoto && open[s.Label] {
					valid[s.Label] = true
				}
				for _, sub := range s.Lists() {
					scan(*sub, inner)
				}
			}
		}
		scan(f.Body, map[int]bool{})
		// A goto directly in a list (not nested) makes the statements
		// between it and the label dead; Generate never does that, and
		// scan above never validates it (open holds enclosing lists only).
		var fix func(l []*Stmt, top bool) []*Stmt
		fix = func(l []*Stmt, top bool) []*Stmt {
			var out []*Stmt
			dead := false
			for _, s := range l {
				switch {
				case s.Kind == KLabel && !valid[s.Label]:
					changed = true
					continue
				case s.Kind == KGoto && !valid[s.Label]:
					changed = true
					continue
				case s.Kind == KLabel:
					dead = false
				case dead:
					changed = true
					continue
				}
				for _, sub := range s.Lists() {
					*sub = fix(*sub, false)
				}
				out = append(out, s)
				if s.Kind != KLabel && terminating(s) {
					dead = true
				}
			}
			// A label needs a statement after it.
			if n := len(out); n > 0 && out[n-1].Kind == KLabel && !top {
				out = append(out, &Stmt{Kind: KLog, N: 99})
			}
			return out
		}
		f.Body = fix(f.Body, true)
		// A goto whose label is gone was dropped; drop labels nobody
		// jumps to on the next round (valid is recomputed).
		if !terminates(f.Body) {
			f.Body = append(f.Body, &Stmt{Kind: KReturn})
			changed = true
		}
	}
	if f.IsLogoff() {
		// StoreLogoff has no count: drop its refcount conditions and
		// decrements (shrinking may move statements around).
		walk(f.Body, func(s *Stmt) {
			if s.Kind == KIf {
				for _, a := range s.Cond.atoms() {
					if a.Kind == CondRefcount {
						a.Kind, a.Op = CondOpaque, ""
					}
				}
			}
		})
	}
	// Release: keep KDec first, and only once; refcount conditions need it.
	dec := len(f.Body) > 0 && f.Body[0].Kind == KDec
	var strip func(l []*Stmt, top bool) []*Stmt
	strip = func(l []*Stmt, top bool) []*Stmt {
		var out []*Stmt
		for i, s := range l {
			if s.Kind == KDec && !(top && i == 0 && !f.IsLogoff()) {
				continue
			}
			if s.Kind == KIf && !dec {
				for _, a := range s.Cond.atoms() {
					if a.Kind == CondRefcount {
						a.Kind, a.Op = CondOpaque, ""
					}
				}
			}
			for _, sub := range s.Lists() {
				*sub = strip(*sub, false)
			}
			out = append(out, s)
		}
		return out
	}
	f.Body = strip(f.Body, true)
	// Callers that alter the body re-run Normalize; stripping a decrement
	// cannot break termination or labels.
	if !terminates(f.Body) {
		f.Body = append(f.Body, &Stmt{Kind: KReturn})
	}
	// A label as the last statement of the body is followed by the
	// return appended above only when the body did not terminate; make
	// sure it is followed by something.
	if n := len(f.Body); n > 0 && f.Body[n-1].Kind == KLabel {
		f.Body = append(f.Body, &Stmt{Kind: KReturn})
	}
}

// Refcounted reports whether Release keeps a reference count: it starts
// with s.refs--.
func (p *Program) Refcounted() bool {
	return len(p.Release.Body) > 0 && p.Release.Body[0].Kind == KDec
}

// NormalizeProgram normalises each function of p (Normalize) and keeps
// the program-wide constructs where they can be rendered and valued:
//
//   - KSignal, KPtrLogoff and the caller's flags only in the store's
//     StoreLogoff; no support object, signal, pointer helper or store
//     method in the wrapper; no signal without Program.Signal;
//   - CondSignal never an operand of && or || (a select has no such form);
//   - with SigClose, one close(s.done), at the top level of StoreLogoff
//     and not deferred, so that no path closes the channel twice (which
//     panics, and the engine does not know it);
//   - with a count the engine cannot identify, one test of it, outside
//     loops: the engine does not correlate tests of a value it does not
//     track (the oracle's comment), and Go runs one test once per path.
func NormalizeProgram(p *Program) {
	for _, f := range p.Funcs() {
		Normalize(f)
	}
	for _, f := range p.Funcs() {
		storeLogoff := f.IsLogoff() && !f.Wrapper
		var kept *Stmt // SigClose: the one close
		for _, s := range f.Body {
			if p.Signal == SigClose && storeLogoff && s.Kind == KSignal && kept == nil {
				kept = s
			}
		}
		walk(f.Body, func(s *Stmt) {
			allowed := func(k Kind) bool {
				switch k {
				case KSLT, KRelease, KUse, KPtrAbort:
					return !f.Wrapper
				case KPtrLogoff:
					return storeLogoff
				case KSignal:
					return storeLogoff && p.Signal != SigNone && (p.Signal != SigClose || s == kept)
				}
				return true
			}
			switch {
			case s.Kind == KDefer && (!allowed(s.Call) || s.Call == KPtrAbort || s.Call == KPtrLogoff || s.Call == KDec):
				*s = Stmt{Kind: KLog, N: 98, Line: s.Line}
			case s.Kind != KDefer && !allowed(s.Kind):
				*s = Stmt{Kind: KLog, N: 98, Line: s.Line}
			case s.Kind == KSetTracking && f.Wrapper:
				s.Ptr = false
			}
			if (s.Kind == KSLT || (s.Kind == KDefer && s.Call == KSLT)) && s.Flags == FlagsCaller && !f.IsLogoff() {
				s.Flags = FlagsAbort
			}
			if s.Kind != KIf {
				return
			}
			c := &s.Cond
			if c.Right != nil && c.Kind == CondSignal {
				c.Logic, c.Right = "", nil
			}
			for _, a := range c.atoms() {
				switch {
				case a.Kind == CondSignal && (p.Signal == SigNone || f.Wrapper || a != c),
					a.Kind == CondMethod && f.Wrapper:
					*a = Cond{Kind: CondOpaque, Logic: a.Logic, Right: a.Right}
				case a.Kind == CondTracking && f.Wrapper:
					a.Ptr = false
				}
			}
		})
		if f.IsLogoff() || !p.Count.Unknown() {
			continue
		}
		// One test of an unknown count, outside loops.
		tested := false
		var visit func(l []*Stmt, inLoop bool)
		visit = func(l []*Stmt, inLoop bool) {
			for _, s := range l {
				if s.Kind == KIf {
					for _, a := range s.Cond.atoms() {
						if a.Kind != CondRefcount {
							continue
						}
						if tested || inLoop {
							*a = Cond{Kind: CondOpaque, Logic: a.Logic, Right: a.Right}
						} else {
							tested = true
						}
					}
				}
				for _, sub := range s.Lists() {
					visit(*sub, inLoop || s.Kind == KLoop)
				}
			}
		}
		visit(f.Body, false)
	}
}

// Constructs names the constructs of the extended language p uses, for
// statistics: count:<style>, signal:<style> (opaque when StoreLogoff
// changes the state), wrapper (forwarding or fake), forward, ptr:<kind>,
// flags:<kind>, storemethod, crosspkg.
func Constructs(p *Program) []string {
	set := map[string]bool{}
	if p.Refcounted() && p.Count != CountField {
		set["count:"+p.Count.String()] = true
	}
	if p.Signal != SigNone && (p.usesKind(KSignal) || p.usesCond(CondSignal)) {
		name := "signal:" + p.Signal.String()
		if p.signals() && p.usesCond(CondSignal) {
			name += " (opaque test)"
		}
		set[name] = true
	}
	if p.WrapLogoff != nil {
		if forwards(p.WrapLogoff) {
			set["wrapper: forwarding"] = true
		} else {
			set["wrapper: fake store"] = true
		}
	}
	for _, f := range []*Func{p.Logoff, p.Release} {
		walk(f.Body, func(s *Stmt) {
			switch k := callOf(s); {
			case k == KForward:
				set["forward (in the store)"] = true
			case k == KPtrLogoff, k == KPtrAbort:
				set["ptr:"+k.String()] = true
			case k == KSetTracking && s.Ptr:
				set["ptr:markDone"] = true
			case k == KSLT && s.Flags >= FlagsVarAbort:
				set["flags:"+[...]string{"varabort", "varnowait", "varzero", "vartuned", "varexported", "varaddr"}[s.Flags-FlagsVarAbort]] = true
			}
			if s.Kind == KIf {
				for _, a := range s.Cond.atoms() {
					switch {
					case a.Kind == CondMethod:
						set["storemethod"] = true
					case a.Kind == CondTracking && a.Ptr:
						set["ptr:isSet"] = true
					}
				}
			}
		})
	}
	if p.CrossPkg {
		set["crosspkg"] = true
	}
	var out []string
	for c := range set {
		out = append(out, c)
	}
	sort.Strings(out)
	return out
}
