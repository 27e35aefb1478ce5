package difftest

import "fmt"

// Known engine gaps: disagreements the differential test found where the
// engine, not the oracle, is wrong, kept here until the engine is fixed
// (the engine is not this package's to change). Expect tolerates what a
// gap explains, so that the fixed seeds and the fuzzer keep checking
// everything else; ExpectStrict does not. Each gap has a minimised program
// in gaps_test.go (TestKnownGaps), which says when the engine no longer
// shows it: then delete the gap.
type knownGap struct {
	name, doc string
	// apply moves what the gap explains in exp from Must to May (or adds
	// to May what the engine wrongly reports), through exp.gap.
	apply func(p *Program, exp *Expectation)
	// reading, for a gap that is another reading of the rules: the
	// semantics the engine follows where p has the gap (applies is true),
	// under which the oracle's verdicts are merged with the rules' own
	// (mergeReading).
	reading func(p *Program, sem *Semantics) (applies bool)
}

// applyTo applies the gap to exp, the expectation for p under sem.
func (g knownGap) applyTo(p *Program, sem Semantics, exp *Expectation) {
	if g.apply != nil {
		g.apply(p, exp)
	}
	if g.reading == nil {
		return
	}
	alt := sem
	if !g.reading(p, &alt) {
		return
	}
	other, err := ExpectStrict(p, alt)
	if err != nil {
		return
	}
	mergeReading(exp, other, g.name)
}

// mergeReading makes what either reading allows allowed, and requires
// only what both require.
func mergeReading(exp, other *Expectation, name string) {
	for d := range exp.Must {
		if !other.Must[d] {
			exp.gap(d, name)
		}
	}
	for d := range other.May {
		if !exp.May[d] {
			exp.gap(d, name)
		}
	}
}

var knownGaps = []knownGap{
	{
		name: "crossstore",
		doc: `A call into another package that only stores through a pointer to a
field StoreLogoff never sets, shutdown.MarkDone(&s.loggedOff), leaves the
caller's paths unjudged: a Release that then returns without releasing
the support object, or never releases it, is not reported. The README
makes paths opaque only where "the helper's paths depend on" a field the
caller cannot value; MarkDone's one path does not. (Only with
Config.CrossPackage.)`,
		reading: func(p *Program, sem *Semantics) bool {
			if !p.CrossPkg {
				return false
			}
			sem.CrossStoreOpaque = true
			return true
		},
	},
	{
		name: "crossread",
		doc: `A call into another package that reads tracking state through a
pointer, shutdown.IsSet(&s.loggedOff), is a guard the engine cannot value
on state StoreLogoff changes, so an opaque one (SPEC §2: "A guard the
engine cannot value ... is opaque when its condition depends on store
state that StoreLogoff changes"); the engine takes its result for an
ordinary unknown and reports what depends on which way it went: a correct
idempotent StoreLogoff, if shutdown.IsSet(&s.loggedOff) { return nil },
is told it "returns here without calling" StoreLogoffTransports. (Only
with Config.CrossPackage; same-package helpers are followed.)`,
		reading: func(p *Program, sem *Semantics) bool {
			if !p.CrossPkg {
				return false
			}
			sem.CrossReadPlain = true
			return true
		},
	},
	{
		name: "selectguard",
		doc: `A select { case <-s.done: ...; default: ... } on a channel StoreLogoff
never closes is a test of a store field StoreLogoff never sets (a boolean
that close would set, README "A channel StoreLogoff closes"), a foreign
guard; but the If go/ssa builds for a select has no position (nor has its
condition), so abortflag's report "this guard tests s.done, which
StoreLogoff never sets" is made at token.NoPos and lost, and with it what
the guard stands for: the call it guards is neither reported as guarded
by it nor as not guarded.`,
		apply: func(p *Program, exp *Expectation) {
			if p.Signal != SigClose && p.Signal != SigOnce {
				return
			}
			for d := range exp.Must {
				if d.Pass == "abortflag" && d.Msg == fmt.Sprintf(msgAFForeign, "s.done") {
					exp.gap(d, "selectguard")
				}
			}
		},
	},
	{
		name: "helpereffect",
		doc: `A call with effects that runs before a StoreLogoffTransports made
inside a same-package helper (finish, abortUnless) is not reported:
flow.(*analysis).inline analyses the helper from the entry witness
guardWitness(t), which drops the caller's Witness.Effect, so the event's
Before.Effect is true but its Witness.Effect is token.NoPos and the
storelogoff report has no position. SPEC §3 storelogoff: "a call with
effects ... runs before it: report at that call"; README: calls into
same-package helpers are followed.`,
		apply: func(p *Program, exp *Expectation) {
			if p.CrossPkg {
				return // (helpers of another package are summarised, not inlined)
			}
			for d := range exp.gapHelperEffect {
				exp.gap(d, "helpereffect")
			}
		},
	},
	{
		name: "deepcount",
		doc: `A reference count decremented four helper calls deep (past the
three Refcount follows) is count-like, so which paths are final is unknown
(CountUnknown), but the test of the helper's result reads, through the
helpers' only returns, an atomic add on s.refs, and flow's evaluation of
the atomic operation loads s.refs first: an integer store field StoreLogoff
never writes, so a foreign guard. abortflag then reports "this guard tests
s.refs, which StoreLogoff never sets" at the count test in place of what
the calls it guards deserve ("not guarded", the guard on s.loggedOff).
With three helpers the count is found and all is right.`,
		apply: func(p *Program, exp *Expectation) {
			if p.Count != CountTooDeep || !p.countUnknown() {
				return
			}
			for d := range exp.Must {
				if d.Pass == "abortflag" {
					exp.gap(d, "deepcount")
				}
			}
			walk(p.Release.Body, func(s *Stmt) {
				if s.Kind != KIf {
					return
				}
				for _, a := range s.Cond.atoms() {
					if a.Kind == CondRefcount {
						exp.gap(Diag{"abortflag", s.Line, fmt.Sprintf(msgAFForeign, "s.refs")}, "deepcount")
					}
				}
			})
		},
	},
}
