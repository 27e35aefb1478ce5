package difftest

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

var (
	flagN      = flag.Int("difftest.n", 200, "programs in TestFixedSeeds")
	flagSeed   = flag.Int64("difftest.seed", 1, "first seed of TestFixedSeeds")
	flagStrict = flag.Bool("difftest.strict", false, "fail on known engine limitations too (disagreements with the ideal oracle that the model explains)")
	flagShow   = flag.Bool("difftest.show", false, "log every program and its diagnostics")
)

// TestFixedSeeds generates programs from fixed seeds, analyses them all in
// one checker run, and compares each with the oracle.
func TestFixedSeeds(t *testing.T) {
	var progs []*Program
	for i := range *flagN {
		seed := *flagSeed + int64(i)
		progs = append(progs, Generate(SeedSource(seed), ProgramName(i)))
	}
	start := time.Now()
	results, err := Analyze(t.TempDir(), progs)
	if err != nil {
		t.Fatal(err)
	}
	analysed := time.Since(start)
	counts := map[Class]int{}
	paths := 0
	for i, r := range results {
		seed := *flagSeed + int64(i)
		j, err := Judge(r)
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		counts[j.Class]++
		paths += j.Paths
		if *flagShow {
			t.Logf("seed %d:\n%s%v", seed, Listing(r.Src), r.Diags)
		}
		switch {
		case j.Class == Differs, j.Class == Known && *flagStrict:
			t.Errorf("seed %d: the analyzers disagree with the oracle\n%s\nideal:\n%smodel:\n%s",
				seed, Listing(r.Src), j.Ideal, j.Model)
		case j.Class == Known:
			t.Logf("seed %d: known engine limitation:\n%s", seed, j.Ideal)
		}
	}
	elapsed := time.Since(start)
	t.Logf("%d programs, %d paths: %d agree, %d known limitations, %d differ, %d skipped; analysis %v, total %v (%.0f programs/s, %.0f paths/s)",
		len(progs), paths, counts[Agree], counts[Known], counts[Differs], counts[Skipped], analysed.Round(time.Millisecond), elapsed.Round(time.Millisecond),
		float64(len(progs))/elapsed.Seconds(), float64(paths)/elapsed.Seconds())
}

// TestShow prints one program, for debugging: go test -run TestShow -difftest.seed=N.
func TestShow(t *testing.T) {
	if !*flagShow {
		t.Skip("needs -difftest.show")
	}
	p := Generate(SeedSource(*flagSeed), "show")
	results, err := Analyze(t.TempDir(), []*Program{p})
	if err != nil {
		t.Fatal(err)
	}
	r := results[0]
	exp, err := Expect(p, Ideal)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, d := range Sorted(exp.May) {
		fmt.Fprintf(&b, "  %v must=%v\n", d, exp.Must[d])
	}
	t.Logf("\n%s\ngot: %v\nexpected:\n%s\n%s", Listing(r.Src), r.Diags, b.String(), Compare(exp, r.Diags))
	_ = os.Stdout
}
