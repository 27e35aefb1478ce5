package difftest

import (
	"errors"
	"fmt"
	"slices"
	"sort"
)

// The oracle decides the three passes' rules on a Program by running an
// interpreter of the statement language over every concrete path: every
// choice of every opaque(), pick() and count() evaluation (loops run 0 to
// maxIter times), under every context a function can be called in. It
// shares nothing with the engine: no SSA, no abstract tuples, no merging.
//
// Contexts. The engine speaks of two worlds: Fresh (StoreLogoff has not
// called StoreLogoffTransports) and LoggedOff (it has), as the tracking
// state tells. The oracle makes them concrete the way the README defines
// tracking state: when StoreLogoff writes s.loggedOff (the field is
// "keyed"), the field holds its zero value (false) on entry in the Fresh
// world and what StoreLogoff leaves (true) in the LoggedOff world; a path
// belongs to the world it starts in. When StoreLogoff never writes it, the
// field is an ordinary store field whose entry value is unknown (both are
// tried), and a path belongs to both worlds, since nothing it tests says
// which one it is in. s.verbose is such a field too, never written by
// anyone. Release with s.refs-- first is run with the decremented count
// zero, positive and negative. After that, the ideal semantics is plain
// Go: a test of a field reads what the path last wrote, opaque() is a
// fresh coin at each call, deferred calls run last in first out at each
// return, a panic ends a path that is not a return, and an if whose both
// edges reach the same instruction is no test (go/ssa folds it away).
//
// Opaque conditions are calls, not parameters: the engine, like any ESP
// property simulation, does not correlate two tests of data it does not
// track (a parameter, a call's result), so a parameter tested twice would
// let it explore combinations Go never runs, which the design accepts.
// With a fresh value at each call, plain Go and the engine's documented
// precision coincide. A boolean store field is data it tracks: a path
// remembers what a test of it found.
//
// The idioms of real providers (issue 12) are valued where the README says
// the engine values them, and nowhere else:
//
//   - tracking state also lives in a channel StoreLogoff closes (SigClose,
//     SigOnce): s.done's closedness is a second boolean field, keyed like
//     s.loggedOff, read by a one-case select with a default;
//   - pointer helpers (finish, abortUnless, markDone, isSet) act on
//     s.loggedOff as the field's own statements would, at the helper's
//     call: isSet reads it and markDone sets it in either package; those
//     of another package (Program.CrossPkg) through their Summaries
//     (README "State passed by pointer"): one that sets the field on some
//     of its paths makes it tracking state, and abortUnless on a field the
//     caller cannot value (not tracking state, not written or tested on
//     the path) has opaque paths, where the same-package one is a guard on
//     the wrong state;
//   - counts kept by atomics, helpers up to three calls deep and promoted
//     methods are the count; one four calls deep or behind an interface is
//     count-like but not the count: every path may be final for the calls'
//     checks (engine.Store.MayBeFinal), no exit is known to be final, so
//     nothing is said of what a final path misses, nor of a release while
//     references remain; such a count is tested at most once, outside
//     loops (NormalizeProgram), since the engine does not correlate its
//     tests; an unknown count never tested is no count at all;
//   - package variables are flags by value when unexported, never assigned
//     and never addressed, unknown otherwise (no flag verdict);
//   - a wrapper type that forwards StoreLogoff holds no support object, so
//     it is no store: nothing may be said of it; one that does not forward
//     is a store that lost its support object: storelogoff's "never calls"
//     only.
//
// What the engine cannot value is a fresh unknown at each evaluation:
// s.ctx.Err(), s.state.LoggedOff() (an interface), s.phase.Load() (an
// atomic.Value), s.probe() (a function field), s.stopping() (a store method
// it cannot read). A test of one is opaque when StoreLogoff changes what
// it reads (calls the cancel, a method of the state object or of the
// context, the function field, stores into the atomic.Value; Program.signals)
// or always (the store method). An opaque test's direction is not tied to
// the world: the paths through it go both ways in both worlds, so the
// verdicts that do not depend on the world of a path (wrong flags, twice,
// effects before the call, use after release, released twice or early)
// are still required on them, and those that do (a return without the
// call, a missing abort, an unguarded abort, a missing release, "never")
// are not said: such a path is left out of them, and when only such paths
// would make one, it is absent from May, so the engine must be silent.

// Rules. Each rule is decided as SPEC §3 and the README state it, in the
// passes' terms (what a final path is, which returns are exempt, what a
// guard is), on paths:
//
//   - a path is final when Release keeps no count or the decremented count
//     is zero; not final when it is positive. A negative count is neither,
//     as engine.Store.MayBeFinal / MayNotBeFinal have it (the README says
//     negative counts are final; see TestReadings for why the code's
//     reading is the sensible one).
//   - StoreLogoff: a return is a shutdown unless it is a failure return on a
//     path that has done nothing yet (no StoreLogoffTransports, no effect: a
//     rejected call; SPEC §2 "before doing anything else"), or the path
//     runs in the LoggedOff world (an idempotent second StoreLogoff); a
//     keyless field gives no LoggedOff-only path.
//   - effects before StoreLogoffTransports are calls that are not harmless:
//     s.inbox.Close(), any other use of the support object, and releasing
//     it (SPEC §3: "anything not harmless").
//   - "guarded" (abortflag): a StoreLogoffTransports call on a final path in
//     the LoggedOff world that is control dependent on a test of a field
//     StoreLogoff never sets is reported at that test (README: such a
//     guard "is reported by abortflag when it guards the abort call"), else
//     at the call.
//
// Where the passes' code departs from these documents, the departure is
// noted in readings_test.go.
//
// Where the analyzer may choose among several right answers, Expect
// returns them in May but requires only one in Must: the engine merges
// paths and reports the earliest witness of a merged class, so
//
//   - "call to X runs before": the effect reported for a call may be the
//     first effect of any offending path; the earliest of all of them must
//     be reported (it is the earliest of its own class).
//   - "this guard tests": likewise for the first guard of the call.
//
// Silence the oracle accepts, each because the passes report the same
// mistake otherwise or because SPEC §3 says so:
//
//   - abortflag says nothing when StoreLogoff never calls
//     StoreLogoffTransports: storelogoff reports that, and there is no
//     protocol for Release to complete (README "Design decisions").
//   - storelogoff's "runs before" and "twice" are not reported on paths of
//     a second, idempotent StoreLogoff (LoggedOff world, keyed tracking).
//   - a final path that a foreign test made skip the abort call (it left
//     the test by an edge no path to the call took) is not reported as
//     missing it when the guard is reported: it guards the call on a
//     final path in the LoggedOff world.
//   - abortflag's checks of calls, and "missing" reports, concern final
//     paths only; a negative count is not final (above).
//
// Nothing else is optional: for the statements of this language the
// engine claims precision, so the analyzer must report every violation
// the oracle finds (Must) and nothing outside May. What the engine cannot
// value is modelled above: its verdicts are absent from May, not
// optional. The generated programs avoid what the engine documents as
// beyond it otherwise (unknown callees receiving the store, recursion,
// non-constant flags other than the package variables above), so no
// "cannot prove, stay silent" exemption applies to them: the exemptions
// for paths the engine marks Escaped cannot arise, except a path with more
// than maxDefers pending deferred calls, on which the engine gives up: the
// diagnostics of its function are then optional (Expect), as are those of
// a function whose paths the engine joined to keep its bound (Judge).
// Known engine gaps (gaps.go) are tolerated by Expect, not by
// ExpectStrict: what one explains is made optional, or allowed.

// Semantics selects departures from the rules as the README states them,
// to measure another reading of the specification (readings_test.go).
type Semantics struct {
	// NegativeFinal: a negative count is final. Another reading of the
	// specification, see TestReadings; the README says a path on which
	// the count can only be negative is not final.
	NegativeFinal bool
}

// Ideal is plain Go semantics with the rules as SPEC §3 and the README
// state them.
var Ideal = Semantics{}

// Diag is one diagnostic: the pass, the line, the message.
type Diag struct {
	Pass string
	Line int
	Msg  string
}

func (d Diag) String() string { return fmt.Sprintf("%d: %s: %s", d.Line, d.Pass, d.Msg) }

// Expectation is what an analyzer run must and may report.
type Expectation struct {
	Must map[Diag]bool // each must be reported
	May  map[Diag]bool // reports allowed; a superset of Must
	// Gaps are diagnostics a known engine gap (gaps.go) moved from Must
	// to May, or added to May, each with the gap's name.
	Gaps map[Diag]string
	// Paths is how many concrete paths the oracle ran.
	Paths int
	// Joined are reports allowed only where the engine joined paths of
	// the function to keep its bound (relax): the same fault in another
	// true form, as "returns here without releasing" at each final return
	// for "never releases" when a joined path may reach the release.
	Joined map[Diag]bool
}

func (e *Expectation) must(d Diag) { e.Must[d] = true; e.May[d] = true }
func (e *Expectation) may(d Diag)  { e.May[d] = true }

// gap makes d allowed, not required, because the engine gap name
// explains a difference there.
func (e *Expectation) gap(d Diag, name string) {
	delete(e.Must, d)
	e.May[d] = true
	e.Gaps[d] = name
}

// ErrTooManyPaths is returned for programs too large to enumerate.
var ErrTooManyPaths = errors.New("difftest: too many paths")

// maxPaths bounds the paths of one function.
const maxPaths = 200_000

// Messages, as the passes word them (README "Rules").
const (
	support = "s.support"
	slt     = support + ".StoreLogoffTransports"

	msgSLNever   = "StoreLogoff never calls StoreLogoffTransports and does not save its flags for Release"
	msgSLReturn  = "StoreLogoff returns here without calling " + slt
	msgSLBefore  = "call to %s runs before " + slt + "; StoreLogoff must begin with that call"
	msgTwice     = slt + " may be called twice on this path"
	msgRONever   = "Release never releases the support object " + support
	msgROReturn  = "Release returns here without releasing the support object " + support
	msgRONotZero = "the support object " + support + " is released here although the reference count is not zero"
	msgROTwice   = "the support object " + support + " may be released twice on this path"
	msgROUse     = support + " is used after its Release"
	msgAFMissing = "Release does not call " + slt + "(LOGOFF_ABORT) on a final path where StoreLogoff has not called it"
	msgAFGuard   = "StoreLogoffTransports here is not guarded by the state StoreLogoff sets, so it runs a second time after StoreLogoff"
	msgAFNoWait  = "Release passes 0x1 (LOGOFF_NO_WAIT) to StoreLogoffTransports; it must pass LOGOFF_ABORT (0x8)"
	msgAFZero    = "Release passes 0x0 to StoreLogoffTransports; it must pass LOGOFF_ABORT (0x8)"
	msgAFForeign = "this guard tests %s, which StoreLogoff never sets"
)

// Expect runs the oracle on p (rendered, so lines are known) under sem,
// with the engine's known gaps (gaps.go) tolerated.
func Expect(p *Program, sem Semantics) (*Expectation, error) {
	exp, err := ExpectStrict(p, sem)
	if err != nil {
		return nil, err
	}
	for _, g := range knownGaps {
		g.applyTo(p, sem, exp)
	}
	return exp, nil
}

// ExpectStrict is Expect with no gap tolerated: what the rules say.
func ExpectStrict(p *Program, sem Semantics) (*Expectation, error) {
	exp := &Expectation{Must: map[Diag]bool{}, May: map[Diag]bool{}, Gaps: map[Diag]string{}}
	keyed, err := writesTracking(p, p.Logoff)
	if err != nil {
		return nil, err
	}
	lp, err := explore(p, p.Logoff, keyed, false, maxIter, sem)
	if err != nil {
		return nil, err
	}
	// A count the engine cannot identify and Release never tests is no
	// count at all as far as the rules go: every path is final (README:
	// "Only a Release with no count-like test at all has every path
	// final").
	counted := p.Refcounted() && !(p.Count.Unknown() && !testsCount(p.Release))
	rp, err := explore(p, p.Release, keyed, counted, maxIter, sem)
	if err != nil {
		return nil, err
	}
	exp.Paths = len(lp.paths) + len(rp.paths)
	calls := expectLogoff(exp, p.Logoff, lp.paths, sem)
	expectRelease(exp, p, rp.paths, sem)
	if calls {
		expectAbort(exp, p, rp, sem)
	}
	// The engine follows at most maxDefers pending deferred calls on a
	// path and gives up on a path that defers more (README): a function
	// with such a path may be reported on less, never on more; abortflag
	// needs to know whether StoreLogoff makes the call.
	if gaveUp(lp) {
		exp.relax("storelogoff")
		exp.relax("abortflag")
	}
	if gaveUp(rp) {
		exp.relax("releaseorder")
		exp.relax("abortflag")
	}
	// The wrapper is not a store when its StoreLogoff forwards: nothing
	// is said of it. One that does not forward (and holds no support
	// object either) is a store that lost its support object: only
	// storelogoff has something to say, that it never makes the call.
	if p.WrapLogoff != nil && !forwards(p.WrapLogoff) {
		wkeyed, err := writesTracking(p, p.WrapLogoff)
		if err != nil {
			return nil, err
		}
		wp, err := explore(p, p.WrapLogoff, wkeyed, false, maxIter, sem)
		if err != nil {
			return nil, err
		}
		exp.Paths += len(wp.paths)
		expectLogoff(exp, p.WrapLogoff, wp.paths, sem)
		if gaveUp(wp) {
			exp.relax("storelogoff")
		}
	}
	return exp, nil
}

// forwards reports whether a wrapper's StoreLogoff calls another store's
// StoreLogoff anywhere (deferred or not): the engine's test is
// syntactic.
func forwards(f *Func) bool {
	found := false
	walk(f.Body, func(s *Stmt) { found = found || callOf(s) == KForward })
	return found
}

// maxDefers is the engine's bound on the deferred calls a path follows
// (flow.maxDefers).
const maxDefers = 4

// gaveUp reports whether the engine gives up on some path of x's
// function because it defers more than maxDefers calls. The engine's
// loops run any number of times, so when a loop defers a call the
// question needs loops run up to maxDefers+1 times (and too many paths to
// answer means yes).
func gaveUp(x *explored) bool {
	for _, p := range x.paths {
		if p.pending > maxDefers {
			return true
		}
	}
	if !defersInLoop(x.f.Body, false) {
		return false
	}
	// Only whether one such path exists matters: walk the paths without
	// keeping them, and stop at the first.
	ch := &chooser{}
	for n := 0; ; n++ {
		if n > maxPaths || x.run(ch, maxDefers+1).pending > maxDefers {
			return true
		}
		if !ch.next() {
			return false
		}
	}
}

// defersInLoop reports whether a loop in l defers a call that is not
// harmless.
func defersInLoop(l []*Stmt, inLoop bool) bool {
	for _, s := range l {
		if inLoop && s.Kind == KDefer && s.Call != KLog {
			return true
		}
		for _, sub := range s.Lists() {
			if defersInLoop(*sub, inLoop || s.Kind == KLoop) {
				return true
			}
		}
	}
	return false
}

// relax makes a pass's required diagnostics optional, and allows its
// Joined forms: the engine joined paths of its function.
func (e *Expectation) relax(pass string) {
	for d := range e.Must {
		if d.Pass == pass {
			delete(e.Must, d)
		}
	}
	for d := range e.Joined {
		if d.Pass == pass {
			e.May[d] = true
		}
	}
}

// joined allows d where the engine joined paths (Expectation.Joined).
func (e *Expectation) joined(d Diag) {
	if e.Joined == nil {
		e.Joined = map[Diag]bool{}
	}
	e.Joined[d] = true
}

// keys says which store fields are tracking state: written by
// StoreLogoff on some path (README "Tracking state").
type keys struct {
	logged bool // s.loggedOff
	done   bool // s.done, closed (SigClose, SigOnce: a boolean close sets)
}

func (k keys) any() bool { return k.logged || k.done }

// writesTracking reports which tracking fields a StoreLogoff writes on some
// path, their entry values unknown: each is then tracking state (README
// "Tracking state"; a channel it closes is a boolean close sets, "A
// channel StoreLogoff closes"). A write no path reaches (behind a test
// that contradicts an earlier one) makes nothing tracking state.
func writesTracking(p *Program, f *Func) (keys, error) {
	x, err := explore(p, f, keys{}, false, maxIter, Ideal)
	if err != nil {
		return keys{}, err
	}
	var k keys
	for _, p := range x.paths {
		k.logged = k.logged || p.wroteTracking
		k.done = k.done || p.closedDone
	}
	return k, nil
}

// ---- compiling to a flat program ----

type opcode uint8

const (
	oCond     opcode = iota // next[0] if true, next[1] if false
	oSwitch                 // one of next
	oLoopInit               // choose the iteration count of loop
	oLoopTest               // next[0] the body, next[1] the exit
	oJump
	oAct
	oDefer
	oReturn
	oPanic
)

type instr struct {
	op   opcode
	s    *Stmt
	cond Cond // oCond: the atom tested
	next []int
	loop int
	// oAct: what the statement does, when it is one step of a helper's
	// body (KPtrAbort): kind and flags, at the statement's line.
	kind  Kind
	flags FlagArg
}

type compiler struct {
	code   []instr
	labels map[int]int
	gotos  map[int][]int // label -> jumps to fix
	loops  int
}

func compile(f *Func) []instr {
	c := &compiler{labels: map[int]int{}, gotos: map[int][]int{}}
	c.list(f.Body)
	c.emit(instr{op: oPanic}) // falling off the end: Normalize prevents it
	for l, js := range c.gotos {
		for _, j := range js {
			c.code[j].next[0] = c.labels[l]
		}
	}
	return c.code
}

func (c *compiler) emit(i instr) int {
	c.code = append(c.code, i)
	return len(c.code) - 1
}

func (c *compiler) here() int { return len(c.code) }

func (c *compiler) list(l []*Stmt) {
	for _, s := range l {
		c.stmt(s)
	}
}

func (c *compiler) stmt(s *Stmt) {
	switch s.Kind {
	case KIf:
		// Short-circuit: each atom is a test of its own, as in go/ssa.
		// Edges to fill: toThen, toElse (instruction, successor index).
		type edge struct{ at, i int }
		at := c.emit(instr{op: oCond, s: s, cond: s.Cond.Atom(), next: []int{0, 0}})
		toThen, toElse := []edge{{at, 0}}, []edge{{at, 1}}
		if r := s.Cond.Right; r != nil {
			right := c.emit(instr{op: oCond, s: s, cond: *r, next: []int{0, 0}})
			if s.Cond.Logic == "&&" {
				c.code[at].next[0] = right
				toThen = []edge{{right, 0}}
				toElse = append(toElse, edge{right, 1})
			} else {
				c.code[at].next[1] = right
				toThen = append(toThen, edge{right, 0})
				toElse = []edge{{right, 1}}
			}
		}
		fill := func(es []edge, pc int) {
			for _, e := range es {
				c.code[e.at].next[e.i] = pc
			}
		}
		fill(toThen, c.here())
		c.list(s.Then)
		if s.HasElse {
			j := c.emit(instr{op: oJump, next: []int{0}})
			fill(toElse, c.here())
			c.list(s.Else)
			c.code[j].next[0] = c.here()
		} else {
			fill(toElse, c.here())
		}
	case KSwitch:
		at := c.emit(instr{op: oSwitch, s: s, next: make([]int, len(s.Cases)+1)})
		var ends []int
		for i, cs := range s.Cases {
			c.code[at].next[i] = c.here()
			c.list(cs)
			ends = append(ends, c.emit(instr{op: oJump, next: []int{0}}))
		}
		def := -1
		if s.HasDef {
			def = c.here()
			c.list(s.Default)
		}
		end := c.here()
		if def < 0 {
			def = end
		}
		c.code[at].next[len(s.Cases)] = def
		for _, j := range ends {
			c.code[j].next[0] = end
		}
	case KLoop:
		id := c.loops
		c.loops++
		c.emit(instr{op: oLoopInit, s: s, loop: id})
		head := c.emit(instr{op: oLoopTest, s: s, loop: id, next: []int{0, 0}})
		c.code[head].next[0] = c.here()
		c.list(s.Body)
		c.emit(instr{op: oJump, next: []int{head}})
		c.code[head].next[1] = c.here()
	case KGoto:
		j := c.emit(instr{op: oJump, s: s, next: []int{0}})
		c.gotos[s.Label] = append(c.gotos[s.Label], j)
	case KLabel:
		c.labels[s.Label] = c.here()
	case KDefer:
		c.emit(instr{op: oDefer, s: s})
	case KReturn:
		c.emit(instr{op: oReturn, s: s})
	case KPanic:
		c.emit(instr{op: oPanic, s: s})
	case KPtrAbort:
		// abortUnless(s.support, &s.loggedOff): its body in place, every
		// step at the call (where the engine reports what a helper does).
		at := c.emit(instr{op: oCond, s: s, cond: Cond{Kind: condHelperTest, Not: true}, next: []int{0, 0}})
		c.code[at].next[0] = c.here()
		c.emit(instr{op: oAct, s: s, kind: KSLT, flags: FlagsAbort})
		c.emit(instr{op: oAct, s: s, kind: KSetTracking})
		c.code[at].next[1] = c.here()
	default:
		c.emit(instr{op: oAct, s: s, kind: s.Kind, flags: s.Flags})
	}
}

// ---- enumerating paths ----

// chooser replays a prefix of choices and extends it with zeros, so that
// successive runs enumerate every sequence of choices depth first.
type chooser struct {
	seq     []int
	arities []int
	pos     int
}

func (c *chooser) choose(n int) int {
	if c.pos < len(c.seq) {
		v := c.seq[c.pos]
		c.pos++
		return v
	}
	c.seq = append(c.seq, 0)
	c.arities = append(c.arities, n)
	c.pos++
	return 0
}

// next advances to the next sequence; false when all are done.
func (c *chooser) next() bool {
	for i := len(c.seq) - 1; i >= 0; i-- {
		if c.seq[i]+1 < c.arities[i] {
			c.seq[i]++
			c.seq, c.arities = c.seq[:i+1], c.arities[:i+1]
			c.pos = 0
			return true
		}
	}
	return false
}

type countClass uint8

const (
	cNone countClass = iota // Release keeps no count
	cZero
	cPos
	cNeg
)

// ctx is what a path starts from.
type ctx struct {
	fresh, loggedOff bool // the worlds the path belongs to
	init             bool // s.loggedOff on entry
	initClosed       bool // s.done closed on entry
	count            countClass
}

// pstate is the concrete state along a path, as the rules need it.
type pstate struct {
	logged       bool // s.loggedOff now
	written      bool // the path wrote s.loggedOff
	slt, rel     int  // StoreLogoffTransports calls, support releases (saturating at 2)
	effect       bool // an effect ran before any StoreLogoffTransports
	effectLine   int
	effectCallee string
	// foreign: the tests of untracked fields (s.loggedOff when StoreLogoff
	// never sets it, s.verbose) that the path passed, and the edges it
	// left them by, in order, each once.
	foreign []edge
	verbose int8 // s.verbose, once a test read it: 0, 1; -1 before
	// closed: s.done is closed (SigClose, SigOnce); closedHere: the path
	// closed it.
	closed, closedHere bool
	// learnt: the path tested s.loggedOff, a field StoreLogoff never
	// sets, so it knows its value from then on (README: "so is what a
	// test of a boolean field found").
	learnt bool
	// opaque: the path passed an opaque test (README "State the engine
	// cannot value"): a test of state StoreLogoff changes in a way the
	// engine cannot value, or a call of a store method it cannot read.
	opaque bool
}

// event is a call on the support object (or an effect) on a path.
type event struct {
	kind  Kind // KSLT, KRelease, KUse
	line  int
	node  int    // the instruction: the call, or the defer statement of a deferred call
	st    pstate // before the call
	flags FlagArg
}

type exitInfo struct {
	line    int
	failure bool
	st      pstate
}

type path struct {
	ctx           ctx
	events        []event
	exit          *exitInfo // nil: the path panics
	wroteTracking bool      // the path wrote s.loggedOff
	closedDone    bool      // the path closed s.done
	pending       int       // the most deferred calls the engine had pending on the path
}

func sat(n int) int { return min(n+1, 2) }

// explored is every path of a function, with its flat code and what the
// interpreter needs to know of the program.
type explored struct {
	p       *Program
	f       *Func
	code    []instr
	keyed   keys // the tracking state StoreLogoff writes
	counted bool // Release keeps a reference count
	signals bool // StoreLogoff changes Program.Signal's state
	sem     Semantics
	paths   []path
}

// explore runs every path of f, a function of p, with loops run 0 to
// iters times.
func explore(p *Program, f *Func, keyed keys, counted bool, iters int, sem Semantics) (*explored, error) {
	x := &explored{p: p, f: f, code: compile(f), keyed: keyed, counted: counted, signals: p.signals(), sem: sem}
	ch := &chooser{}
	for {
		x.paths = append(x.paths, x.run(ch, iters))
		if len(x.paths) > maxPaths {
			return nil, ErrTooManyPaths
		}
		if !ch.next() {
			return x, nil
		}
	}
}

// effectful reports whether a statement of kind k is a call with effects
// (README "Harmless calls": interface method calls and calls of function
// values are effects; builtins, sync and sync/atomic are not).
func (x *explored) effectful(k Kind) bool {
	switch k {
	case KRelease, KUse, KClose, KForward:
		return true
	case KSignal:
		switch x.p.Signal {
		case SigCancel, SigState, SigFunc:
			return true
		}
	}
	return false
}

// deferKind is how the engine holds a deferred call of kind k: not at all
// (harmless), as a plain call (a third run in a row of one defer
// statement adds nothing), or as code it runs (each run adds one).
func (x *explored) deferKind(k Kind) int {
	switch {
	case k == KLog:
		return 0
	case k == KSignal && (x.p.Signal == SigOnce || x.p.Signal == SigValue):
		return 2 // sync.Once.Do, an atomic store
	case k == KSignal && x.p.Signal == SigClose:
		return 0 // a builtin (never deferred: NormalizeProgram)
	}
	return 1
}

func (x *explored) run(ch *chooser, iters int) path {
	code, f, keyed, counted := x.code, x.f, x.keyed, x.counted
	var p path
	// The context.
	// A tracking field holds its zero value in the Fresh world and what
	// StoreLogoff leaves in the LoggedOff world; a field that is not
	// tracking state holds an unknown value, fixed on the path.
	if keyed.any() {
		lo := ch.choose(2) == 1
		p.ctx = ctx{fresh: !lo, loggedOff: lo, init: lo, initClosed: lo}
	} else {
		p.ctx = ctx{fresh: true, loggedOff: true}
	}
	if !keyed.logged {
		p.ctx.init = ch.choose(2) == 1
	}
	if !keyed.done && (x.p.Signal == SigClose || x.p.Signal == SigOnce) {
		p.ctx.initClosed = ch.choose(2) == 1
	}
	if counted {
		p.ctx.count = []countClass{cZero, cPos, cNeg}[ch.choose(3)]
	}
	st := pstate{logged: p.ctx.init, closed: p.ctx.initClosed, verbose: -1}
	loops := map[int]int{}
	// The defer statements run, each with the foreign tests passed before
	// it: they, not those passed before the return, decide whether the
	// deferred call runs.
	type deferral struct {
		pc     int
		passed []edge
	}
	var defers []deferral
	var engineDefers []int

	effect := func(line int, callee string) {
		if st.slt == 0 && !st.effect {
			st.effect, st.effectLine = true, line
			st.effectCallee = callee
		}
	}
	act := func(kind Kind, flags FlagArg, line, node int, passed []edge) {
		if x.effectful(kind) {
			effect(line, calleeText(x.p, f, kind))
		}
		slt := func(flags FlagArg) {
			ev := event{kind: KSLT, line: line, node: node, st: st, flags: flags}
			ev.st.foreign = passed
			p.events = append(p.events, ev)
			st.slt = sat(st.slt)
		}
		switch kind {
		case KSLT:
			slt(flags)
		case KPtrLogoff:
			slt(FlagsCaller)
			st.logged, st.written = true, true
			p.wroteTracking = true
		case KRelease:
			p.events = append(p.events, event{kind: KRelease, line: line, node: node, st: st})
			st.rel = sat(st.rel)
		case KUse:
			p.events = append(p.events, event{kind: KUse, line: line, node: node, st: st})
		case KSetTracking:
			// (markDone(&s.loggedOff) sets it, in this package or
			// another, and depends on nothing.)
			st.logged, st.written = true, true
			p.wroteTracking = true
		case KSignal:
			if x.p.Signal == SigClose || x.p.Signal == SigOnce {
				st.closed, st.closedHere = true, true
				p.closedDone = true
			}
		case KClose, KForward, KLog, KDec:
		default:
			panic("difftest: not an action: " + kind.String())
		}
	}

	for pc := 0; ; {
		in := code[pc]
		switch in.op {
		case oCond:
			// (A call in the condition runs even when the if is folded.)
			if callee := x.condCallee(in.cond); callee != "" {
				effect(in.s.Line, callee)
			}
			if in.cond.Kind == condHelperTest && x.p.CrossPkg {
				// A helper of another package that sets the field on
				// some of its paths makes it tracking state, whichever
				// of them the caller takes (README "State passed by
				// pointer": its Summary lists what it stores).
				p.wroteTracking = true
			}
			if yes, no := target(code, in.next[0]), target(code, in.next[1]); yes == no {
				// Both edges go to the same place: go/ssa folds such an
				// if away, so it tests nothing and guards nothing.
				pc = yes
				break
			}
			v, foreign := x.evalCond(in.cond, &st, p.ctx, ch)
			to := in.next[1]
			if v {
				to = in.next[0]
			}
			if e := (edge{pc, to}); foreign && !slices.Contains(st.foreign, e) {
				st.foreign = append(st.foreign, e)
			}
			pc = to
		case oSwitch:
			pc = in.next[ch.choose(len(in.next))]
		case oLoopInit:
			loops[in.loop] = ch.choose(iters + 1)
			pc++
		case oLoopTest:
			if loops[in.loop] > 0 {
				loops[in.loop]--
				pc = in.next[0]
			} else {
				pc = in.next[1]
			}
		case oJump:
			pc = in.next[0]
		case oAct:
			act(in.kind, in.flags, in.s.Line, pc, st.foreign)
			pc++
		case oDefer:
			defers = append(defers, deferral{pc, slices.Clone(st.foreign)})
			// The engine's count: not a harmless call, nor a third run
			// in a row of one defer statement of a plain call.
			n := len(engineDefers)
			switch x.deferKind(in.s.Call) {
			case 1:
				if n >= 2 && engineDefers[n-1] == pc && engineDefers[n-2] == pc {
					break
				}
				fallthrough
			case 2:
				engineDefers = append(engineDefers, pc)
				p.pending = max(p.pending, len(engineDefers))
			}
			pc++
		case oReturn:
			for i := len(defers) - 1; i >= 0; i-- {
				d := code[defers[i].pc].s
				act(d.Call, d.Flags, d.Line, defers[i].pc, defers[i].passed)
			}
			p.exit = &exitInfo{line: in.s.Line, failure: f.IsLogoff() && in.s.Failure, st: st}
			return p
		case oPanic:
			if in.s == nil {
				panic("difftest: fell off the end of " + f.Role)
			}
			return p
		}
	}
}

// target follows jumps from pc to the first instruction that does
// something.
func target(code []instr, pc int) int {
	for range len(code) {
		if code[pc].op != oJump {
			return pc
		}
		pc = code[pc].next[0]
	}
	return pc
}

// evalCond decides a condition on a path, and whether it is a foreign
// test: one of a field whose value the path does not know. An opaque test
// marks the path.
func (x *explored) evalCond(cond Cond, st *pstate, c ctx, ch *chooser) (result, foreign bool) {
	var v bool
	switch cond.Kind {
	case CondOpaque:
		return ch.choose(2) == 1, false
	case CondSignal:
		if x.p.Signal == SigClose || x.p.Signal == SigOnce {
			// select { case <-s.done: ...; default: ... }: whether the
			// channel is closed, a boolean that close sets (README "A
			// channel StoreLogoff closes"): tracking state when
			// StoreLogoff closes it, else a field it never sets.
			v, foreign = st.closed, !x.keyed.done && !st.closedHere
			break
		}
		// A call or a receive: a fresh unknown at each evaluation. When
		// StoreLogoff changes what it reads, which way it goes may
		// depend on whether StoreLogoff ran, which the engine cannot
		// tell: the test is opaque. (Its direction is not tied to the
		// world here either: the engine cannot value it, so the rules
		// take both ways in both worlds, and say nothing that depends on
		// the world of a path that passed it.)
		st.opaque = st.opaque || x.signals
		return ch.choose(2) == 1, false
	case CondMethod:
		st.opaque = true
		return ch.choose(2) == 1, false
	case CondRefcount:
		return compareCount(c.count, cond.Op), false
	case CondVerbose:
		// Nothing writes s.verbose: its value is unknown but fixed on a
		// path.
		if st.verbose < 0 {
			st.verbose = int8(ch.choose(2))
		}
		v, foreign = st.verbose == 1, true
	case CondTracking:
		// (isSet(&s.loggedOff) reads the field, in this package or
		// another: README "State passed by pointer", a getter whose body
		// is return *p.) A foreign test reads an untracked field whose value the path
		// does not know: not one it wrote itself.
		v, foreign = st.logged, !x.keyed.logged && !st.written
		st.learnt = st.learnt || foreign
	case condHelperTest:
		if !x.p.CrossPkg {
			// abortUnless is followed like any same-package helper: its
			// test is a test of the field, foreign as above.
			v, foreign = st.logged, !x.keyed.logged && !st.written
			st.learnt = st.learnt || foreign
			break
		}
		// shutdown.AbortUnless, through its Summary (README "State
		// passed by pointer"): the caller's paths take the helper's paths
		// its value of the field allows (false before StoreLogoff, true
		// after, or what the path wrote or learnt); where it cannot value
		// the field (one StoreLogoff never sets) both, and they are
		// opaque.
		if !x.keyed.logged && !st.written && !st.learnt {
			st.opaque = true
			return ch.choose(2) == 1, false
		}
		v = st.logged
	}
	return v != cond.Not, foreign
}

// condCallee is the callee a condition calls, when that call has effects
// (an interface method, a function value), or "".
func (x *explored) condCallee(c Cond) string {
	if c.Kind != CondSignal {
		return ""
	}
	switch x.p.Signal {
	case SigState:
		return "s.state.LoggedOff"
	case SigFunc:
		return "s.probe"
	}
	return ""
}

// compareCount decides s.refs <op> 0 for a count class.
func compareCount(c countClass, op string) bool {
	sign := map[countClass]int{cZero: 0, cPos: 1, cNeg: -1}[c]
	switch op {
	case "==":
		return sign == 0
	case "!=":
		return sign != 0
	case "<":
		return sign < 0
	case "<=":
		return sign <= 0
	case ">":
		return sign > 0
	case ">=":
		return sign >= 0
	}
	panic("difftest: bad operator " + op)
}

// ---- the rules ----

// expectLogoff decides the storelogoff rules; it returns whether
// StoreLogoff calls StoreLogoffTransports on some path (in any world),
// which abortflag needs.
func expectLogoff(exp *Expectation, f *Func, paths []path, sem Semantics) bool {
	const pass = "storelogoff"
	calls := false
	for _, p := range paths {
		for _, ev := range p.events {
			calls = calls || ev.kind == KSLT
		}
	}
	// A shutdown return: not rejected, not an idempotent second call, and
	// not after an opaque test (which may have been the test for a
	// second call).
	shutdown := func(p path) bool {
		e := p.exit
		rejected := e != nil && e.failure && e.st.slt == 0 && !e.st.effect
		return e != nil && p.ctx.fresh && !rejected && !e.st.opaque
	}
	if !calls {
		for _, p := range paths {
			if shutdown(p) {
				exp.must(Diag{pass, f.Line, msgSLNever})
				// (where a joined path may reach a call: the same
				// fault at each return)
				exp.joined(Diag{pass, p.exit.line, msgSLReturn})
			}
		}
		return false
	}
	for _, p := range paths {
		if shutdown(p) && p.exit.st.slt == 0 {
			exp.must(Diag{pass, p.exit.line, msgSLReturn})
		}
	}
	// Effects before a call: per call, the first effect of each
	// offending path; the earliest is required.
	before := map[int]map[int]string{} // call line -> effect line -> callee
	for _, p := range paths {
		if !p.ctx.fresh {
			continue
		}
		for _, ev := range p.events {
			if ev.kind != KSLT {
				continue
			}
			if ev.st.effect && ev.st.slt == 0 {
				if before[ev.line] == nil {
					before[ev.line] = map[int]string{}
				}
				before[ev.line][ev.st.effectLine] = ev.st.effectCallee
			}
			if ev.st.slt > 0 {
				exp.must(Diag{pass, ev.line, msgTwice})
			}
		}
	}
	for _, effects := range before {
		lines := sortedLines(effects)
		for i, l := range lines {
			d := Diag{pass, l, fmt.Sprintf(msgSLBefore, effects[l])}
			if i == 0 {
				exp.must(d)
			} else {
				exp.may(d)
			}
		}
	}
	return true
}

func final(c countClass, sem Semantics) bool {
	return c == cNone || c == cZero || (sem.NegativeFinal && c == cNeg)
}

// callFinal reports whether a call on path p is judged as one on a final
// path: the count may be zero there, or Release keeps none, or one the
// engine cannot identify (then any path may be final: engine.MayBeFinal).
func callFinal(prog *Program, p path, sem Semantics) bool {
	return final(p.ctx.count, sem) || prog.countUnknown()
}

// exitFinal reports whether the exit of path p is known to be a final one
// (with a count the engine cannot identify, none is: README "The final
// release path", "nothing is said of what a final path misses").
func exitFinal(prog *Program, p path, sem Semantics) bool {
	return final(p.ctx.count, sem) && !prog.countUnknown() && !p.exit.st.opaque
}

// countUnknown reports whether Release keeps a count the engine cannot
// identify.
func (p *Program) countUnknown() bool {
	return p.Refcounted() && p.Count.Unknown() && testsCount(p.Release)
}

// testsCount reports whether f tests the reference count: an if on it
// that go/ssa does not fold away (both edges to one place).
func testsCount(f *Func) bool {
	code := compile(f)
	for _, in := range code {
		if in.op == oCond && in.cond.Kind == CondRefcount && target(code, in.next[0]) != target(code, in.next[1]) {
			return true
		}
	}
	return false
}

// expectRelease decides the releaseorder rules.
func expectRelease(exp *Expectation, prog *Program, paths []path, sem Semantics) {
	const pass = "releaseorder"
	f := prog.Release
	released := false
	for _, p := range paths {
		for _, ev := range p.events {
			switch ev.kind {
			case KRelease:
				released = true
				if ev.st.rel > 0 {
					exp.must(Diag{pass, ev.line, msgROTwice})
				} else if p.ctx.count == cPos && !prog.countUnknown() {
					exp.must(Diag{pass, ev.line, msgRONotZero})
				}
			case KSLT, KUse:
				if ev.st.rel > 0 {
					exp.must(Diag{pass, ev.line, msgROUse})
				}
			}
		}
	}
	var missing []int
	for _, p := range paths {
		if p.exit != nil && exitFinal(prog, p, sem) && p.exit.st.rel == 0 {
			missing = append(missing, p.exit.line)
		}
	}
	if len(missing) == 0 {
		return
	}
	if !released {
		exp.must(Diag{pass, f.Line, msgRONever})
		for _, l := range missing {
			exp.joined(Diag{pass, l, msgROReturn})
		}
		return
	}
	for _, l := range missing {
		exp.must(Diag{pass, l, msgROReturn})
	}
}

// expectAbort decides the abortflag rules (eager protocol; the generated
// programs never save their flags).
//
// A StoreLogoffTransports call is guarded by a foreign test (one of a
// field StoreLogoff never sets) when it is control dependent on it,
// directly or through other branches: the test decides whether the call
// runs (README: such a guard "is reported by abortflag when it guards the
// abort call").
func expectAbort(exp *Expectation, prog *Program, x *explored, sem Semantics) {
	const pass = "abortflag"
	f := prog.Release
	cd := controlDeps(x.code)
	// guardsOf returns the foreign tests the path passed before the call
	// on which the call is control dependent, in the order it passed
	// them. The first decides the verdict; in a loop a later one may be
	// the guard in force at the call (the first one's region ended where
	// the paths rejoined, README "A guard on a store field StoreLogoff
	// never sets"), and naming it is right too.
	guardsOf := func(ev event) []int {
		var out []int
		for _, e := range ev.st.foreign {
			if cd[ev.node][e.from] && !slices.Contains(out, e.from) {
				out = append(out, e.from)
			}
		}
		return out
	}

	// toward[g]: for a foreign test g that guards a call on a final path
	// in the LoggedOff world (a guard that is reported), the edges by
	// which the paths to such a call left it; towardAny counts every
	// guard of the call, towardFirst the first only.
	towardFirst, towardAny := map[int]map[int]bool{}, map[int]map[int]bool{}
	for _, p := range x.paths {
		if !callFinal(prog, p, sem) || !p.ctx.loggedOff {
			continue
		}
		for _, ev := range p.events {
			gs := guardsOf(ev)
			if ev.kind != KSLT || len(gs) == 0 {
				continue
			}
			mark := func(toward map[int]map[int]bool, g int) {
				if toward[g] == nil {
					toward[g] = map[int]bool{}
				}
				for _, e := range ev.st.foreign {
					if e.from == g {
						toward[g][e.to] = true
					}
				}
			}
			mark(towardFirst, gs[0])
			for _, g := range gs {
				mark(towardAny, g)
			}
		}
	}
	guards := map[int]map[int]bool{}    // call line -> first guard lines
	others := map[int]bool{}            // other guard lines
	fields := map[int]map[string]bool{} // guard line -> the fields tested there
	for _, p := range x.paths {
		if !callFinal(prog, p, sem) {
			continue
		}
		for _, ev := range p.events {
			if ev.kind != KSLT {
				continue
			}
			gs := guardsOf(ev)
			switch {
			case ev.st.slt > 0:
				exp.must(Diag{pass, ev.line, msgTwice})
			case p.ctx.loggedOff && len(gs) > 0:
				for i, g := range gs {
					line := x.code[g].s.Line
					if i == 0 {
						if guards[ev.line] == nil {
							guards[ev.line] = map[int]bool{}
						}
						guards[ev.line][line] = true
					} else {
						others[line] = true
					}
					if fields[line] == nil {
						fields[line] = map[string]bool{}
					}
					fields[line][fieldOf(x.code[g].cond)] = true
				}
			case p.ctx.loggedOff && !ev.st.opaque:
				exp.must(Diag{pass, ev.line, msgAFGuard})
			}
			switch ev.flags.class() {
			case flagNoWait:
				exp.must(Diag{pass, ev.line, msgAFNoWait})
			case flagZero:
				exp.must(Diag{pass, ev.line, msgAFZero})
			}
		}
	}
	// The earliest first guard must be reported; when one line tests two
	// such fields (a && b), either may be named; the other guards may be.
	for _, gs := range guards {
		for i, l := range sortedLines(gs) {
			for field := range fields[l] {
				d := Diag{pass, l, fmt.Sprintf(msgAFForeign, field)}
				if i == 0 && len(fields[l]) == 1 {
					exp.must(d)
				} else {
					exp.may(d)
				}
			}
		}
	}
	for l := range others {
		for field := range fields[l] {
			exp.may(Diag{pass, l, fmt.Sprintf(msgAFForeign, field)})
		}
	}
	// A path that left such a guard by another edge was made to skip the
	// call: that is the guard's report, not a missing call. Which guards
	// count depends on which one is named (above): a path skipped by no
	// guard misses the call; one skipped only by a guard that is not the
	// first may.
	skippedBy := func(toward map[int]map[int]bool, st pstate) bool {
		for _, e := range st.foreign {
			if toward[e.from] != nil && !toward[e.from][e.to] {
				return true
			}
		}
		return false
	}
	d := Diag{pass, f.Line, msgAFMissing}
	for _, p := range x.paths {
		e := p.exit
		if e == nil || !exitFinal(prog, p, sem) || !p.ctx.fresh || e.st.slt != 0 {
			continue
		}
		switch {
		case !skippedBy(towardAny, e.st):
			exp.must(d)
		case !skippedBy(towardFirst, e.st):
			exp.may(d)
		}
	}
}

func fieldOf(c Cond) string {
	switch c.Kind {
	case CondVerbose:
		return "s.verbose"
	case CondSignal:
		return "s.done"
	}
	return "s.loggedOff"
}

// controlDeps returns, for each instruction, the branch instructions it is
// control dependent on, directly or transitively: from post-dominators of
// the flat code, where returns and panics go to one exit node.
func controlDeps(code []instr) []map[int]bool {
	n := len(code)
	exit := n
	succs := make([][]int, n)
	for i, in := range code {
		switch in.op {
		case oCond:
			if yes, no := target(code, in.next[0]), target(code, in.next[1]); yes == no {
				succs[i] = []int{yes}
			} else {
				succs[i] = []int{in.next[0], in.next[1]}
			}
		case oSwitch, oLoopTest, oJump:
			succs[i] = slices.Compact(slices.Sorted(slices.Values(in.next)))
		case oReturn, oPanic:
			succs[i] = []int{exit}
		default:
			succs[i] = []int{i + 1}
		}
	}
	// pdom[i]: the nodes that post-dominate i (including i).
	pdom := make([][]bool, n+1)
	for i := range pdom {
		pdom[i] = make([]bool, n+1)
		for j := range pdom[i] {
			pdom[i][j] = true
		}
	}
	pdom[exit] = make([]bool, n+1)
	pdom[exit][exit] = true
	for changed := true; changed; {
		changed = false
		for i := n - 1; i >= 0; i-- {
			next := make([]bool, n+1)
			for j := range next {
				next[j] = true
			}
			for _, s := range succs[i] {
				for j := range next {
					next[j] = next[j] && pdom[s][j]
				}
			}
			next[i] = true
			if !slices.Equal(next, pdom[i]) {
				pdom[i], changed = next, true
			}
		}
	}
	// Direct: y depends on branch b when y post-dominates a successor of
	// b but does not strictly post-dominate b.
	deps := make([]map[int]bool, n)
	for y := range n {
		deps[y] = map[int]bool{}
	}
	for b := range n {
		if len(succs[b]) < 2 {
			continue
		}
		for _, s := range succs[b] {
			for y := range n {
				if pdom[s][y] && (y == b || !pdom[b][y]) {
					deps[y][b] = true
				}
			}
		}
	}
	// Transitive.
	for changed := true; changed; {
		changed = false
		for y := range n {
			for b := range deps[y] {
				for c := range deps[b] {
					if !deps[y][c] {
						deps[y][c], changed = true, true
					}
				}
			}
		}
	}
	return deps
}

// An edge is a branch instruction and the instruction a path went to
// from it.
type edge struct{ from, to int }

// Sorted returns diagnostics in order of line, pass, message.
func Sorted(m map[Diag]bool) []Diag {
	var out []Diag
	for d := range m {
		out = append(out, d)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Pass != b.Pass {
			return a.Pass < b.Pass
		}
		return a.Msg < b.Msg
	})
	return out
}
