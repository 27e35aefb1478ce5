package difftest

import (
	"testing"
)

// gapCases are the known engine gaps' minimised programs (gaps.go), by
// gap name.
var gapCases = map[string]*Program{}

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
