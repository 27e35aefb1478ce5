package difftest

import (
	"testing"
)

// A reading is another way to read the specification where the README or
// SPEC and the passes' code differ. The oracle follows the code (Ideal);
// TestReadings reports how often, on generated programs, the other reading
// would change the verdict, with a minimised example. It never fails: the
// choice is the specification's to make.
var readings = []struct {
	name, doc string
	apply     func(*Semantics)
}{
	{"negative-final", `README "Design decisions" says a negative count is final;
engine.Store.MayBeFinal tests only for zero, so paths where the decremented
count is negative are neither final nor not final.`,
		func(s *Semantics) { s.NegativeFinal = true }},
}

func TestReadings(t *testing.T) {
	n := min(*flagN, 500)
	var progs []*Program
	for i := range n {
		progs = append(progs, Generate(SeedSource(*flagSeed+int64(i)), ProgramName(i)))
	}
	results, err := Analyze(t.TempDir(), progs)
	if err != nil {
		t.Fatal(err)
	}
	for _, rd := range readings {
		sem := Ideal
		rd.apply(&sem)
		changed := 0
		var example *Program
		for _, r := range results {
			a, err := Expect(r.Program, Ideal)
			if err != nil {
				continue
			}
			b, err := Expect(r.Program, sem)
			if err != nil {
				continue
			}
			if !sameDiags(a.Must, b.Must) {
				changed++
				if example == nil {
					example = r.Program
				}
			}
		}
		if example == nil {
			t.Logf("reading %s changes no verdict in %d programs", rd.name, n)
			continue
		}
		differ := func(p *Program) bool {
			Render(p, "")
			a, err1 := Expect(p, Ideal)
			b, err2 := Expect(p, sem)
			return err1 == nil && err2 == nil && !sameDiags(a.Must, b.Must)
		}
		small := Shrink(example.Clone(), differ)
		src := Render(small, "")
		a, _ := Expect(small, Ideal)
		b, _ := Expect(small, sem)
		t.Logf("reading %s (%s)\nchanges the verdict of %d of %d programs; for example\n%s\nas the passes read it: %v\nthis reading:          %v",
			rd.name, rd.doc, changed, n, Listing(src), Sorted(a.Must), Sorted(b.Must))
	}
}

func sameDiags(a, b map[Diag]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for d := range a {
		if !b[d] {
			return false
		}
	}
	return true
}
