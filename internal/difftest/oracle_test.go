package difftest

import (
	"bytes"
	"fmt"
	"go/format"
	"testing"

	"github.com/stretchr/testify/require"
)

// The oracle's own tests: small programs whose verdicts are worked out by
// hand, independently of the engine.

// expectDiags renders p and returns the oracle's must and may sets, as the
// rules have them (no known engine gap tolerated).
func expectDiags(t *testing.T, p *Program, sem Semantics) (must, may []Diag) {
	t.Helper()
	p.Pkg = "p"
	NormalizeProgram(p)
	Render(p, "")
	exp, err := ExpectStrict(p, sem)
	require.NoError(t, err)
	for d := range exp.Must {
		require.True(t, exp.May[d], "must ⊆ may")
	}
	return Sorted(exp.Must), Sorted(exp.May)
}

func d(pass string, line int, msg string) Diag { return Diag{pass, line, msg} }

// only keeps one pass's diagnostics.
func only(pass string, ds []Diag) []Diag {
	var out []Diag
	for _, x := range ds {
		if x.Pass == pass {
			out = append(out, x)
		}
	}
	return out
}

func TestOracleCorrectStores(t *testing.T) {
	for _, p := range []*Program{
		{Logoff: correctLogoff(), Release: correctRelease()},
		// Refcounted, early return while references remain.
		{Logoff: correctLogoff(), Release: fn("Release", st(KDec),
			ifS(Cond{Kind: CondRefcount, Op: ">"}, st(KReturn)),
			ifS(notTracked, sltS(FlagsAbort)), st(KRelease), st(KReturn))},
		// Deferred release, failure return before anything, logging first.
		{Logoff: fn("StoreLogoff", st(KLog), ifS(Cond{Kind: CondOpaque}, &Stmt{Kind: KReturn, Failure: true}),
			ifS(tracked, st(KReturn)), sltS(FlagsCaller), st(KSetTracking), st(KClose), st(KReturn)),
			Release: fn("Release", deferS(KRelease, 0), ifS(notTracked, sltS(FlagsAbort)), st(KReturn))},
		// A negative count panics; a vacuous if guards nothing.
		{Logoff: correctLogoff(), Release: fn("Release", st(KDec),
			ifS(Cond{Kind: CondRefcount, Op: "<"}, st(KPanic)),
			ifS(Cond{Kind: CondRefcount, Op: "!="}, st(KReturn)),
			ifS(Cond{Kind: CondOpaque}),
			ifS(notTracked, sltS(FlagsAbort)), st(KRelease), st(KReturn))},
	} {
		must, may := expectDiags(t, p, Ideal)
		require.Empty(t, may, "\n%s", Listing(Render(p, "")))
		require.Empty(t, must)
	}
}

func TestOracleStoreLogoff(t *testing.T) {
	// Close before the call; a path that skips it; a second call in a loop.
	closeS, skip, ret := st(KClose), ifS(Cond{Kind: CondOpaque}, st(KReturn)), st(KReturn)
	first, loop := sltS(FlagsCaller), sltS(FlagsNoWait)
	p := &Program{
		Logoff:  fn("StoreLogoff", closeS, skip, first, st(KSetTracking), loopS(loop), ret),
		Release: correctRelease(),
	}
	must, may := expectDiags(t, p, Ideal)
	require.Equal(t, []Diag{
		d("storelogoff", closeS.Line, fmt.Sprintf(msgSLBefore, "s.inbox.Close")),
		d("storelogoff", skip.Then[0].Line, msgSLReturn),
		d("storelogoff", loop.Line, msgTwice),
	}, must)
	require.Equal(t, must, may)

	// Never called: at the name; a failure return is a rejection.
	p = &Program{
		Logoff:  fn("StoreLogoff", ifS(Cond{Kind: CondOpaque}, &Stmt{Kind: KReturn, Failure: true}), st(KClose), st(KReturn)),
		Release: correctRelease(),
	}
	must, _ = expectDiags(t, p, Ideal)
	require.Equal(t, []Diag{d("storelogoff", p.Logoff.Line, msgSLNever)}, must[:1])
	// (Release is then not checked by abortflag, only by releaseorder.)
	for _, x := range must {
		require.NotEqual(t, "abortflag", x.Pass)
	}

	// The earliest of several first effects is required, the others allowed.
	a, b := st(KClose), st(KUse)
	p = &Program{
		Logoff: fn("StoreLogoff", &Stmt{Kind: KIf, Cond: Cond{Kind: CondOpaque}, Then: []*Stmt{a}, HasElse: true, Else: []*Stmt{b}},
			sltS(FlagsCaller), st(KReturn)),
		Release: correctRelease(),
	}
	must, may = expectDiags(t, p, Ideal)
	require.Equal(t, []Diag{d("storelogoff", a.Line, fmt.Sprintf(msgSLBefore, "s.inbox.Close"))}, only("storelogoff", must))
	require.Contains(t, may, d("storelogoff", b.Line, fmt.Sprintf(msgSLBefore, "s.support.ModifyStatusRow")))

	// Deferred calls run last in, first out, at the return.
	dc := deferS(KClose, 0)
	p = &Program{
		Logoff:  fn("StoreLogoff", deferS(KSLT, FlagsCaller), dc, st(KReturn)),
		Release: correctRelease(),
	}
	must, _ = expectDiags(t, p, Ideal)
	require.Equal(t, []Diag{d("storelogoff", dc.Line, fmt.Sprintf(msgSLBefore, "s.inbox.Close"))}, only("storelogoff", must))
}

func TestOracleRelease(t *testing.T) {
	// A release while references remain, twice on the final path, a use
	// after it, and a goto that skips it.
	early, second, use := st(KRelease), st(KRelease), st(KUse)
	jump := &Stmt{Kind: KGoto, Label: 1}
	ret := st(KReturn)
	p := &Program{
		Logoff: correctLogoff(),
		Release: fn("Release", st(KDec),
			ifS(Cond{Kind: CondRefcount, Op: ">"}, early, st(KReturn)),
			ifS(notTracked, sltS(FlagsAbort)),
			ifS(Cond{Kind: CondOpaque}, jump),
			st(KRelease), second, use,
			&Stmt{Kind: KLabel, Label: 1}, ret),
	}
	must, may := expectDiags(t, p, Ideal)
	require.Equal(t, []Diag{
		d("releaseorder", early.Line, msgRONotZero),
		d("releaseorder", second.Line, msgROTwice),
		d("releaseorder", use.Line, msgROUse),
		d("releaseorder", ret.Line, msgROReturn),
	}, must)
	require.Equal(t, must, may)

	// No release at all: at the name.
	p = &Program{Logoff: correctLogoff(), Release: fn("Release", ifS(notTracked, sltS(FlagsAbort)), st(KReturn))}
	must, _ = expectDiags(t, p, Ideal)
	require.Equal(t, []Diag{d("releaseorder", p.Release.Line, msgRONever)}, must)

	// A negative count is not final (as the passes have it) unless the
	// README's reading is chosen.
	neg := st(KReturn)
	p = &Program{Logoff: correctLogoff(), Release: fn("Release", st(KDec),
		ifS(Cond{Kind: CondRefcount, Op: "<"}, neg),
		ifS(Cond{Kind: CondRefcount, Op: ">"}, st(KReturn)),
		ifS(notTracked, sltS(FlagsAbort)), st(KRelease), st(KReturn))}
	must, _ = expectDiags(t, p, Ideal)
	require.Empty(t, must)
	must, _ = expectDiags(t, p, Semantics{NegativeFinal: true})
	require.Equal(t, []Diag{
		d("abortflag", p.Release.Line, msgAFMissing),
		d("releaseorder", neg.Line, msgROReturn),
	}, must)
}

func TestOracleAbortFlag(t *testing.T) {
	// Unguarded, wrong flags, twice.
	call, again := sltS(FlagsNoWait), sltS(FlagsAbort)
	p := &Program{Logoff: correctLogoff(), Release: fn("Release", call, again, st(KRelease), st(KReturn))}
	must, _ := expectDiags(t, p, Ideal)
	require.Equal(t, []Diag{
		d("abortflag", call.Line, msgAFNoWait),
		d("abortflag", call.Line, msgAFGuard),
		d("abortflag", again.Line, msgTwice),
	}, must)

	// Inverted guard: missing on the fresh path, unguarded on the other.
	inv := sltS(FlagsAbort)
	p = &Program{Logoff: correctLogoff(), Release: fn("Release", ifS(tracked, inv), st(KRelease), st(KReturn))}
	must, _ = expectDiags(t, p, Ideal)
	require.Equal(t, []Diag{
		d("abortflag", p.Release.Line, msgAFMissing),
		d("abortflag", inv.Line, msgAFGuard),
	}, must)

	// StoreLogoff does not write s.loggedOff: testing it in Release is a
	// foreign guard, reported at the guard; no report at the name.
	guard := ifS(notTracked, sltS(FlagsAbort))
	p = &Program{
		Logoff:  fn("StoreLogoff", sltS(FlagsCaller), st(KReturn)),
		Release: fn("Release", guard, st(KRelease), st(KReturn)),
	}
	must, _ = expectDiags(t, p, Ideal)
	require.Equal(t, []Diag{d("abortflag", guard.Line, fmt.Sprintf(msgAFForeign, "s.loggedOff"))}, must)

	// A write to it first makes the test known: no guard, the call is dead.
	p = &Program{
		Logoff:  fn("StoreLogoff", sltS(FlagsCaller), st(KReturn)),
		Release: fn("Release", st(KSetTracking), ifS(notTracked, sltS(FlagsAbort)), st(KRelease), st(KReturn)),
	}
	must, _ = expectDiags(t, p, Ideal)
	require.Equal(t, []Diag{d("abortflag", p.Release.Line, msgAFMissing)}, must)
}

// TestOracleGuards: a foreign test guards a call only when it decides
// whether the call runs (control dependence), as the README has it.
func TestOracleGuards(t *testing.T) {
	verbose := Cond{Kind: CondVerbose}
	// An unrelated test: the call is unguarded; without a call, the
	// report at the name.
	call := sltS(FlagsAbort)
	p := &Program{Logoff: correctLogoff(), Release: fn("Release", ifS(verbose, st(KLog)), call, st(KRelease), st(KReturn))}
	must, _ := expectDiags(t, p, Ideal)
	require.Equal(t, []Diag{d("abortflag", call.Line, msgAFGuard)}, must)
	p = &Program{Logoff: correctLogoff(), Release: fn("Release", ifS(verbose, st(KLog)), st(KRelease), st(KReturn))}
	must, _ = expectDiags(t, p, Ideal)
	require.Equal(t, []Diag{d("abortflag", p.Release.Line, msgAFMissing)}, must)

	// Guards by nesting, and by an early return. A path the guard made
	// skip the call is the guard's report; one that passed the guard
	// towards the call and skipped it for another reason (the opaque
	// test) misses the call.
	nested := ifS(verbose, ifS(Cond{Kind: CondOpaque}, sltS(FlagsAbort)))
	early := ifS(verbose, st(KRelease), st(KReturn))
	for _, c := range []struct {
		body    []*Stmt
		missing bool
	}{
		{[]*Stmt{nested, st(KRelease), st(KReturn)}, true},
		{[]*Stmt{early, sltS(FlagsAbort), st(KRelease), st(KReturn)}, false},
	} {
		p = &Program{Logoff: correctLogoff(), Release: fn("Release", c.body...)}
		must, _ = expectDiags(t, p, Ideal)
		want := []Diag{d("abortflag", c.body[0].Line, fmt.Sprintf(msgAFForeign, "s.verbose"))}
		if c.missing {
			want = append([]Diag{d("abortflag", p.Release.Line, msgAFMissing)}, want...)
		}
		require.Equal(t, want, must, "\n%s", Listing(Render(p, "")))
	}
}

// TestOracleLoopGuards: in a loop, a later foreign test may be the guard
// in force at a call of a later iteration (the first one's region ended
// where the paths rejoined); the engine names it, and so may the
// analyzer (from the fuzzer).
func TestOracleLoopGuards(t *testing.T) {
	first := &Stmt{Kind: KIf, Cond: tracked, Then: []*Stmt{sltS(FlagsAbort)}, HasElse: true, Else: []*Stmt{st(KSetTracking)}}
	later := ifS(Cond{Kind: CondVerbose, Not: true}, st(KReturn))
	p := &Program{
		Logoff:  fn("StoreLogoff", sltS(FlagsCaller), st(KReturn)),
		Release: fn("Release", loopS(first, later), st(KReturn)),
	}
	must, may := expectDiags(t, p, Ideal)
	require.Equal(t, []Diag{
		d("abortflag", p.Release.Line, msgAFMissing),
		d("releaseorder", p.Release.Line, msgRONever),
		d("abortflag", first.Line, fmt.Sprintf(msgAFForeign, "s.loggedOff")),
		d("abortflag", first.Then[0].Line, msgTwice),
	}, must)
	require.Contains(t, may, d("abortflag", later.Line, fmt.Sprintf(msgAFForeign, "s.verbose")))
}

func TestChooser(t *testing.T) {
	c := &chooser{}
	var seen []string
	for {
		a := c.choose(2)
		b := -1
		if a == 1 {
			b = c.choose(3)
		}
		seen = append(seen, fmt.Sprint(a, b))
		if !c.next() {
			break
		}
	}
	require.Equal(t, []string{"0 -1", "1 0", "1 1", "1 2"}, seen)
}

func TestNormalize(t *testing.T) {
	// A goto to a missing label goes, and so does code after a return.
	f := fn("Release", ifS(Cond{Kind: CondOpaque}, &Stmt{Kind: KGoto, Label: 7}), st(KReturn), st(KRelease))
	Normalize(f)
	require.Len(t, f.Body, 2)
	require.Empty(t, f.Body[0].Then)
	// A label after a return stays when a goto reaches it.
	f = fn("Release", ifS(Cond{Kind: CondOpaque}, &Stmt{Kind: KGoto, Label: 1}), st(KReturn),
		&Stmt{Kind: KLabel, Label: 1}, st(KRelease))
	Normalize(f)
	require.Len(t, f.Body, 5)
	require.Equal(t, KReturn, f.Body[4].Kind, "a return is appended")
	// The decrement stays first; refcount tests without it become opaque.
	f = fn("Release", st(KLog), st(KDec), ifS(Cond{Kind: CondRefcount, Op: "=="}, st(KReturn)))
	Normalize(f)
	require.Equal(t, KLog, f.Body[0].Kind)
	require.Equal(t, CondOpaque, f.Body[1].Cond.Kind)
}

// TestRender checks that generated files are gofmt-clean (so lines do not
// move when formatted) and that every statement got its line.
func TestRender(t *testing.T) {
	cross := DefaultConfig
	cross.CrossPackage = true
	for seed := range int64(300) {
		for _, cfg := range []Config{DefaultConfig, cross} {
			p := cfg.Generate(SeedSource(seed), "p")
			src := Render(p, "A doc comment.\nTwo lines.")
			out, err := format.Source(src)
			require.NoError(t, err, "seed %d\n%s", seed, Listing(src))
			require.True(t, bytes.Equal(src, out), "seed %d: not gofmt-clean\n%s", seed, Listing(src))
			for _, f := range p.Funcs() {
				walk(f.Body, func(s *Stmt) { require.Positive(t, s.Line) })
			}
			if h := RenderHelpers(p); h != nil {
				out, err := format.Source(h)
				require.NoError(t, err)
				require.True(t, bytes.Equal(h, out), "the helper package is not gofmt-clean\n%s", Listing(h))
			}
		}
	}
}

// TestLimits checks the generator keeps programs within the limits the
// oracle's enumeration is sized for.
func TestLimits(t *testing.T) {
	for seed := range int64(5000) {
		p := Generate(SeedSource(seed), "p")
		for _, f := range p.Funcs() {
			require.LessOrEqual(t, countStmts(f), maxStmts+1, "seed %d", seed) // +1: a return Normalize appends
			require.LessOrEqual(t, depthOf(f.Body), maxDepth, "seed %d", seed)
		}
	}
}

// TestOracleOpaque: tests of state the engine cannot value (README "State
// the engine cannot value") hide the verdicts that depend on the world of
// the paths through them, not the others.
func TestOracleOpaque(t *testing.T) {
	signal, notSignal := Cond{Kind: CondSignal}, Cond{Kind: CondSignal, Not: true}
	for _, sig := range []SignalStyle{SigClose, SigOnce, SigCancel, SigState, SigValue, SigFunc} {
		// (SigClose and SigOnce are valued, not opaque: the correct store
		// is silent all the same, and the wrong flags are wrong.)
		logoff := func() *Func {
			if sig == SigState || sig == SigFunc {
				// (Calling the state object before StoreLogoffTransports
				// is an effect: no early return on it.)
				return fn("StoreLogoff", sltS(FlagsCaller), st(KSignal), st(KReturn))
			}
			return fn("StoreLogoff", ifS(signal, st(KReturn)), sltS(FlagsCaller), st(KSignal), st(KReturn))
		}
		// A correct store: the guard that stands for the tracking state
		// is opaque, so nothing is said.
		p := &Program{Signal: sig, Logoff: logoff(), Release: fn("Release", st(KDec),
			ifS(Cond{Kind: CondRefcount, Op: ">"}, st(KReturn)),
			ifS(notSignal, sltS(FlagsAbort)), st(KRelease), st(KReturn))}
		must, may := expectDiags(t, p, Ideal)
		require.Empty(t, may, "%v\n%s", sig, Listing(Render(p, "")))
		require.Empty(t, must)

		// Wrong flags behind it are wrong in either world: reported.
		call := sltS(FlagsNoWait)
		p = &Program{Signal: sig, Logoff: logoff(), Release: fn("Release",
			ifS(notSignal, call), st(KRelease), st(KReturn))}
		must, may = expectDiags(t, p, Ideal)
		require.Equal(t, []Diag{d("abortflag", call.Line, msgAFNoWait)}, must, "%v", sig)
		require.Equal(t, must, may)
	}

	// A channel StoreLogoff closes is valued, a boolean close sets: a
	// select taking the abort call when it is closed is an inverted
	// guard; one on a channel StoreLogoff never closes tests a field it
	// never sets.
	for _, sig := range []SignalStyle{SigClose, SigOnce} {
		call := sltS(FlagsAbort)
		p := &Program{Signal: sig, Logoff: fn("StoreLogoff", sltS(FlagsCaller), st(KSignal), st(KReturn)),
			Release: fn("Release", ifS(signal, call), st(KRelease), st(KReturn))}
		must, _ := expectDiags(t, p, Ideal)
		require.Equal(t, []Diag{
			d("abortflag", p.Release.Line, msgAFMissing),
			d("abortflag", call.Line, msgAFGuard),
		}, must, "%v", sig)
		guard := ifS(notSignal, sltS(FlagsAbort))
		p = &Program{Signal: sig, Logoff: correctLogoff(), Release: fn("Release", guard, st(KRelease), st(KReturn))}
		must, _ = expectDiags(t, p, Ideal)
		require.Equal(t, []Diag{d("abortflag", guard.Line, fmt.Sprintf(msgAFForeign, "s.done"))}, only("abortflag", must), "%v", sig)
	}

	// When StoreLogoff leaves the state alone, a test of it is an
	// ordinary unknown: the unguarded call and the path that skips it
	// are both judged.
	call := sltS(FlagsAbort)
	p := &Program{Signal: SigState, Logoff: correctLogoff(), Release: fn("Release",
		ifS(notSignal, call), st(KRelease), st(KReturn))}
	must, _ := expectDiags(t, p, Ideal)
	require.Equal(t, []Diag{
		d("abortflag", p.Release.Line, msgAFMissing),
		d("abortflag", call.Line, msgAFGuard),
	}, must)

	// Reading the state in StoreLogoff through a method changes it, as
	// far as the engine knows (any method may): then the test is opaque.
	p = &Program{Signal: SigState,
		Logoff:  fn("StoreLogoff", ifS(signal, st(KReturn)), sltS(FlagsCaller), st(KSetTracking), st(KReturn)),
		Release: fn("Release", ifS(notSignal, sltS(FlagsAbort)), st(KRelease), st(KReturn))}
	must, _ = expectDiags(t, p, Ideal)
	require.Equal(t, []Diag{d("storelogoff", p.Logoff.Body[0].Line, fmt.Sprintf(msgSLBefore, "s.state.LoggedOff"))}, must,
		"(the interface call in the guard is an effect)")

	// A store method the engine cannot read is opaque whatever
	// StoreLogoff does; a return behind it is not judged, an effect is.
	closeS := st(KClose)
	p = &Program{
		Logoff:  fn("StoreLogoff", ifS(Cond{Kind: CondMethod}, st(KReturn)), closeS, sltS(FlagsCaller), st(KSetTracking), st(KReturn)),
		Release: correctRelease(),
	}
	must, may := expectDiags(t, p, Ideal)
	require.Equal(t, []Diag{d("storelogoff", closeS.Line, fmt.Sprintf(msgSLBefore, "s.inbox.Close"))}, must)
	require.Equal(t, must, may)
}

// TestOracleCounts: counts the engine identifies (helpers, atomics,
// promoted methods, three calls deep) are judged as s.refs--; one it
// cannot identify makes final paths unknown, and calls are judged on
// every path.
func TestOracleCounts(t *testing.T) {
	release := func() (*Func, *Stmt, *Stmt) {
		early, rel := st(KReturn), st(KRelease)
		return fn("Release", st(KDec), ifS(Cond{Kind: CondRefcount, Op: "=="}, early), rel, st(KReturn)), early, rel
	}
	for c := CountField; c < numCountStyles; c++ {
		f, early, rel := release()
		p := &Program{Count: c, Logoff: fn("StoreLogoff", sltS(FlagsCaller), st(KReturn)), Release: f}
		must, may := expectDiags(t, p, Ideal)
		if c.Unknown() {
			require.Empty(t, must, "%v", c)
			require.Empty(t, only("releaseorder", may), "%v", c)
			continue
		}
		require.Equal(t, []Diag{
			d("releaseorder", early.Line, msgROReturn),
			d("releaseorder", rel.Line, msgRONotZero),
		}, only("releaseorder", must), "%v", c)
	}
	// Calls are judged on every path of a Release whose count is unknown.
	call := sltS(FlagsVarZero)
	p := &Program{Count: CountOpaque, Logoff: correctLogoff(), Release: fn("Release", st(KDec),
		ifS(Cond{Kind: CondRefcount, Op: ">"}, call, st(KRelease), st(KReturn)), st(KRelease), st(KReturn))}
	must, _ := expectDiags(t, p, Ideal)
	require.Equal(t, []Diag{
		d("abortflag", call.Line, msgAFZero),
		d("abortflag", call.Line, msgAFGuard),
	}, must)
	// An unknown count never tested is no count: every path is final.
	p = &Program{Count: CountOpaque, Logoff: correctLogoff(), Release: fn("Release", st(KDec), st(KReturn))}
	must, _ = expectDiags(t, p, Ideal)
	require.Equal(t, []Diag{
		d("abortflag", p.Release.Line, msgAFMissing),
		d("releaseorder", p.Release.Line, msgRONever),
	}, must)
}

// TestOracleHelpersFlagsWrappers: pointer helpers are valued like the
// field, package variables by value when constant in practice, and a
// forwarding wrapper is not a store.
func TestOracleHelpersFlagsWrappers(t *testing.T) {
	// finish and abortUnless: correct.
	p := &Program{Logoff: fn("StoreLogoff", ifS(Cond{Kind: CondTracking, Ptr: true}, st(KReturn)), st(KPtrLogoff), st(KReturn)),
		Release: fn("Release", st(KPtrAbort), st(KRelease), st(KReturn))}
	must, may := expectDiags(t, p, Ideal)
	require.Empty(t, may)
	require.Empty(t, must)
	// abortUnless when StoreLogoff does not set the flag: its test is a
	// guard on a field StoreLogoff never sets, at the helper's call.
	abortS := st(KPtrAbort)
	p = &Program{Logoff: fn("StoreLogoff", sltS(FlagsCaller), st(KReturn)),
		Release: fn("Release", abortS, st(KRelease), st(KReturn))}
	must, _ = expectDiags(t, p, Ideal)
	require.Equal(t, []Diag{d("abortflag", abortS.Line, fmt.Sprintf(msgAFForeign, "s.loggedOff"))}, must)
	// An effect before the helper's call.
	closeS := st(KClose)
	p = &Program{Logoff: fn("StoreLogoff", closeS, st(KPtrLogoff), st(KReturn)), Release: correctRelease()}
	must, _ = expectDiags(t, p, Ideal)
	require.Equal(t, []Diag{d("storelogoff", closeS.Line, fmt.Sprintf(msgSLBefore, "s.inbox.Close"))}, must)
	// In another package, the same: the getter reads the field, the
	// setter sets it; abortUnless on a field the caller cannot value is
	// opaque (it is no foreign guard).
	p = &Program{CrossPkg: true,
		Logoff:  fn("StoreLogoff", ifS(Cond{Kind: CondTracking, Ptr: true}, st(KReturn)), st(KPtrLogoff), st(KReturn)),
		Release: fn("Release", st(KPtrAbort), st(KRelease), st(KReturn))}
	must, may = expectDiags(t, p, Ideal)
	require.Empty(t, may)
	p = &Program{CrossPkg: true, Logoff: fn("StoreLogoff", sltS(FlagsCaller), st(KReturn)),
		Release: fn("Release", st(KPtrAbort), st(KRelease), st(KReturn))}
	must, may = expectDiags(t, p, Ideal)
	require.Empty(t, may)

	// Flags in package variables.
	for fl, want := range map[FlagArg]string{FlagsVarAbort: "", FlagsVarNoWait: msgAFNoWait, FlagsVarZero: msgAFZero,
		FlagsVarTuned: "", FlagsVarExported: "", FlagsVarAddr: ""} {
		call := sltS(fl)
		p := &Program{Logoff: correctLogoff(), Release: fn("Release", ifS(notTracked, call), st(KRelease), st(KReturn))}
		must, may := expectDiags(t, p, Ideal)
		require.Equal(t, must, may)
		if want == "" {
			require.Empty(t, must, "%v", fl)
		} else {
			require.Equal(t, []Diag{d("abortflag", call.Line, want)}, must, "%v", fl)
		}
	}

	// A forwarding wrapper is not a store, whatever it does; one that
	// does not forward is a store that never makes the call; a store
	// that forwards is still a store, and the forward is an effect.
	fwd := st(KForward)
	p = &Program{
		Logoff:      fn("StoreLogoff", fwd, sltS(FlagsCaller), st(KSetTracking), st(KReturn)),
		Release:     correctRelease(),
		WrapLogoff:  &Func{Role: "StoreLogoff", Wrapper: true, Body: []*Stmt{st(KClose), st(KForward), st(KReturn)}},
		WrapRelease: &Func{Role: "Release", Wrapper: true, Body: []*Stmt{st(KReturn)}},
	}
	must, may = expectDiags(t, p, Ideal)
	require.Equal(t, []Diag{d("storelogoff", fwd.Line, fmt.Sprintf(msgSLBefore, "s.inner.StoreLogoff"))}, must)
	require.Equal(t, must, may)
	p.WrapLogoff.Body = []*Stmt{st(KClose), st(KReturn)}
	must, _ = expectDiags(t, p, Ideal)
	require.Contains(t, must, d("storelogoff", p.WrapLogoff.Line, msgSLNever))
}
