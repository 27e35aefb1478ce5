// Package difftest tests mapilint's path engine differentially: it
// generates small random store implementations (a StoreLogoff and a
// Release built from a tiny statement language), decides every rule of
// the three passes by brute force over the concrete paths of the generated
// program (an interpreter of the statement language that shares no code
// with the engine and knows nothing of SSA), and compares that verdict with
// what the analyzers report on the rendered Go source.
//
// The pieces:
//
//   - ir.go: the statement language (Program, Func, Stmt, Cond) and
//     Normalize, which keeps a program valid Go after generation, mutation
//     and shrinking (no dead code, every goto forward to a label in an
//     enclosing list, a terminating statement at the end).
//   - gen.go: Generate, a random program from a Source of choices (a seed,
//     or bytes from the fuzzer), half of them mutated correct skeletons.
//   - render.go: Render, the gofmt-clean Go source of a program, recording
//     each statement's line; RenderWant adds analysistest want comments.
//   - oracle.go: Expect, the diagnostics the passes must and may report,
//     computed by enumerating every path of every function under every
//     context (tracking state before the call, reference count, each
//     opaque choice).
//   - run.go: Analyze, which writes programs into a GOPATH-style tree,
//     type-checks them in process and runs the three analyzers with
//     golang.org/x/tools/go/analysis/checker; Compare and Judge, which
//     classify a run as agreeing with the oracle or not.
//   - shrink.go: Shrink, a delta-debugging minimiser, used to turn a
//     disagreement into a small reproducer.
//
// The tests: TestFixedSeeds (200 programs, part of go test ./...),
// FuzzEngine (go test -run='^$' -fuzz='^FuzzEngine$' -fuzztime=60s
// ./internal/difftest), the oracle's own tests, TestRegressions (each
// disagreement found, minimised, in testdata/src/difftest/regressions
// with the oracle's want comments) and TestReadings (how other readings
// of the specification would change verdicts).
package difftest

import "fmt"

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
	KDec                     // s.refs--: the reference count (Release only)
)

var kindNames = [...]string{"if", "switch", "loop", "goto", "label", "defer", "return", "panic",
	"slt", "release", "use", "settracking", "close", "log", "dec"}

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
)

// CondKind is what an if tests.
type CondKind uint8

// Conditions.
const (
	CondTracking CondKind = iota // s.loggedOff / !s.loggedOff
	CondRefcount                 // s.refs <op> 0, after the decrement
	CondOpaque                   // opaque(): a fresh unknown bool at each evaluation
	CondVerbose                  // s.verbose / !s.verbose: a field nothing writes, not tracking state
)

// Cond is an if's condition: an atom, or with Right, "atom Logic Right"
// (Go's short-circuit && or ||; Right is an atom).
type Cond struct {
	Kind  CondKind
	Not   bool   // CondTracking, CondVerbose: negated
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
	Call    Kind      // KDefer: KRelease, KSLT, KUse or KClose
	Failure bool      // KReturn in StoreLogoff: return errRejected
	N       int       // KLog: a number for the message
	Line    int       // set by Render: the statement's (first) line
}

// Func is StoreLogoff or Release.
type Func struct {
	Role string // "StoreLogoff" or "Release"
	Body []*Stmt
	Line int // set by Render: the line of the func keyword and name
}

// IsLogoff reports whether f is StoreLogoff.
func (f *Func) IsLogoff() bool { return f.Role == "StoreLogoff" }

// Program is one generated store: its package name, StoreLogoff and Release.
type Program struct {
	Pkg     string
	Logoff  *Func
	Release *Func
}

// Clone returns a deep copy of p.
func (p *Program) Clone() *Program {
	return &Program{Pkg: p.Pkg, Logoff: p.Logoff.clone(), Release: p.Release.clone()}
}

func (f *Func) clone() *Func {
	return &Func{Role: f.Role, Body: cloneList(f.Body), Line: f.Line}
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
