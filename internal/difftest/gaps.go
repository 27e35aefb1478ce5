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
}

var knownGaps = []knownGap{
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
