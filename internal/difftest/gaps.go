package difftest

// Known engine gaps: disagreements the differential test found where the
// engine, not the oracle, is wrong, kept here until the engine is fixed
// (the engine is not this package's to change). Expect tolerates what a
// gap explains, so that the fixed seeds and the fuzzer keep checking
// everything else; ExpectStrict does not. Each gap has a minimised program
// in gaps_test.go (gapCases), and TestKnownGaps says when the engine no
// longer shows it: then delete the gap and make its program a case of
// regressions_test.go.
//
// None is open. The seven gaps the idioms of issue 12 found (an effect
// before a helper's StoreLogoffTransports was lost, and then named by a
// later effect than the earliest; a guard inside a helper was named at a
// stale test of the caller; a count four helpers deep made its test a
// guard on the count field; a select's guard had no position; a getter of
// another package was read as an unknown, and a setter as opaque) are
// fixed and are regression cases now (regressions_test.go: helpereffect,
// staleguard, deepcount, selectguard, crossread, crossstore; the fuzz
// corpus's 2c53c3b64cc0cf35 for the earliest effect, where the oracle
// accepts more than one answer).
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

var knownGaps []knownGap
