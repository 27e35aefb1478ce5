package difftest

import (
	"testing"
)

// gapCases are the known engine gaps' minimised programs (gaps.go), by
// gap name.
var gapCases = map[string]*Program{
	// StoreLogoff may cancel in a loop, then releases the support object,
	// then finish calls StoreLogoffTransports: "call to s.cancel runs
	// before" is expected (the earliest first effect); the engine names
	// the release.
	"helperwitness": {
		Signal:  SigCancel,
		Logoff:  fn("StoreLogoff", loopS(st(KSignal)), st(KRelease), st(KPtrLogoff), st(KReturn)),
		Release: fn("Release", st(KReturn)),
	},
	// StoreLogoff never sets s.loggedOff. Release closes the inbox if it
	// is not set, then abortUnless tests it again and aborts: "this guard
	// tests s.loggedOff" is expected at the abortUnless call; the engine
	// names the if around the close.
	"staleguard": {
		Logoff: fn("StoreLogoff", sltS(FlagsCaller), st(KReturn)),
		Release: fn("Release", ifS(notTracked, st(KClose)), st(KPtrAbort),
			st(KRelease), st(KReturn)),
	},
}

// TestKnownGaps runs each known gap's program: Judge (which tolerates the
// gaps) must agree, and the strict oracle shows whether the engine still
// has the gap; when it no longer does, the gap should go.
func TestKnownGaps(t *testing.T) {
	for _, g := range knownGaps {
		p := gapCases[g.name]
		if p == nil {
			t.Errorf("gap %s has no case in gapCases", g.name)
			continue
		}
		p = p.Clone()
		p.Pkg = g.name
		NormalizeProgram(p)
		r, j, err := Check(t.TempDir(), p)
		if err != nil {
			t.Fatal(err)
		}
		if j.Class != Agree {
			t.Errorf("gap %s: its case disagrees with the oracle even with the gap tolerated:\n%s%s", g.name, Listing(r.Src), j.Verdict)
			continue
		}
		strict, err := ExpectStrict(p, Ideal)
		if err != nil {
			t.Fatal(err)
		}
		if v := Compare(strict, r.Diags); v.OK() {
			t.Logf("gap %s: the engine gets its case right now; delete the gap from gaps.go", g.name)
		} else {
			t.Logf("gap %s (%s)\nstill shows on\n%s%s", g.name, g.doc, Listing(r.Src), v)
		}
	}
}
