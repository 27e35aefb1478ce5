package difftest

import (
	"flag"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/mapilint/mapilint/internal/flow"
)

var (
	flagN      = flag.Int("difftest.n", 200, "programs in TestFixedSeeds")
	flagSeed   = flag.Int64("difftest.seed", 1, "first seed of TestFixedSeeds")
	flagShow   = flag.Bool("difftest.show", false, "log every program and its diagnostics")
	flagShrink = flag.Bool("difftest.shrink", true, "minimise programs that disagree with the oracle")
)

// TestFixedSeeds generates programs from fixed seeds, analyses them all in
// one checker run, and compares each with the oracle.
func TestFixedSeeds(t *testing.T) {
	var progs []*Program
	for i := range *flagN {
		seed := *flagSeed + int64(i)
		progs = append(progs, DefaultConfig.Generate(SeedSource(seed), ProgramName(i)))
	}
	start := time.Now()
	results, err := Analyze(t.TempDir(), progs)
	if err != nil {
		t.Fatal(err)
	}
	analysed := time.Since(start)
	counts := map[Class]int{}
	reported := map[string]int{} // message template -> programs agreeing with the oracle that report it
	constructs := map[string]int{}
	gapped := map[string]int{} // gap -> programs on which it hid a difference
	paths := 0
	for i, r := range results {
		seed := *flagSeed + int64(i)
		j, err := Judge(r)
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		counts[j.Class]++
		paths += j.Paths
		for _, c := range Constructs(r.Program) {
			constructs[c]++
		}
		for g := range gapsHit(r) {
			gapped[g]++
		}
		if j.Class == Agree {
			seen := map[string]bool{}
			for _, d := range r.Diags {
				seen[d.Pass+": "+template(d.Msg)] = true
			}
			if len(seen) == 0 {
				seen["(no diagnostic)"] = true
			}
			for m := range seen {
				reported[m]++
			}
		}
		if *flagShow {
			t.Logf("seed %d:\n%s%v", seed, Listing(r.Src), r.Diags)
		}
		if j.Class == Differs {
			reportDiffers(t, fmt.Sprintf("seed %d", seed), r, j)
		}
	}
	elapsed := time.Since(start)
	var cov []string
	for m, n := range reported {
		cov = append(cov, fmt.Sprintf("%5d  %s", n, m))
	}
	sort.Strings(cov)
	t.Logf("rules exercised (programs that agree with the oracle and report each):\n%s", strings.Join(cov, "\n"))
	t.Logf("constructs (programs using each):\n%s", countLines(constructs))
	if len(gapped) > 0 {
		t.Logf("known engine gaps (programs on which each hid a difference; gaps.go):\n%s", countLines(gapped))
	}
	t.Logf("%d programs, %d paths: %d agree, %d differ, %d skipped; analysis %v, total %v (%.0f programs/s, %.0f paths/s)",
		len(progs), paths, counts[Agree], counts[Differs], counts[Skipped], analysed.Round(time.Millisecond), elapsed.Round(time.Millisecond),
		float64(len(progs))/elapsed.Seconds(), float64(paths)/elapsed.Seconds())
}

// countLines formats a count per name, one a line, by name.
func countLines(m map[string]int) string {
	var out []string
	for k, n := range m {
		out = append(out, fmt.Sprintf("%5d  %s", n, k))
	}
	sort.Slice(out, func(i, j int) bool { return out[i][7:] < out[j][7:] })
	return strings.Join(out, "\n")
}

// gapsHit returns the known gaps that hid a difference on r: what
// ExpectStrict finds and Expect does not.
func gapsHit(r *Result) map[string]bool {
	exp, err := Expect(r.Program, Ideal)
	if err != nil || len(exp.Gaps) == 0 {
		return nil
	}
	strict, err := ExpectStrict(r.Program, Ideal)
	if err != nil {
		return nil
	}
	v := Compare(strict, r.Diags)
	hit := map[string]bool{}
	for _, d := range append(v.Missing, v.Unexpected...) {
		for g, name := range exp.Gaps {
			if matches(d, g) || matches(g, d) {
				hit[name] = true
			}
		}
	}
	return hit
}

// reportDiffers fails the test with the program, the differences, and a
// minimised program showing the same kind of difference.
func reportDiffers(t *testing.T, what string, r *Result, j Judgement) {
	t.Helper()
	msg := fmt.Sprintf("%s: the analyzers disagree with the oracle\n%s\n%s", what, Listing(r.Src), j.Verdict)
	if *flagShrink {
		small, err := Minimize(t.TempDir(), r.Program.Clone())
		if err != nil {
			t.Errorf("%s\nminimising: %v", msg, err)
			return
		}
		sr, sj, err := Check(t.TempDir(), small)
		if err == nil {
			msg += fmt.Sprintf("\nminimised:\n%s\n%s", Listing(sr.Src), sj.Verdict)
		}
	}
	t.Error(msg)
}

// FuzzEngine generates a program from a seed and a string of choices
// (the generator reads its choices from the bytes first, so the fuzzer's
// mutations are mutations of the program), analyses it and compares the
// result with the oracle:
//
//	go test -fuzz=FuzzEngine -fuzztime=60s ./internal/difftest
//
// A failing input lands in testdata/fuzz/FuzzEngine and is replayed by
// every go test from then on; minimise it into a case of
// regressions_test.go.
func FuzzEngine(f *testing.F) {
	for seed := range int64(16) {
		f.Add(seed, []byte(nil))
	}
	f.Add(int64(0), []byte{2, 0, 1, 5, 3, 9, 4, 4, 0, 7})
	f.Fuzz(func(t *testing.T, seed int64, choices []byte) {
		p := DefaultConfig.Generate(BytesSource(seed, choices), "fuzz")
		r, j, err := Check(t.TempDir(), p)
		if err != nil {
			t.Fatal(err)
		}
		if j.Class == Differs {
			reportDiffers(t, "fuzz input", r, j)
		}
	})
}

// TestShow prints one program, for debugging: go test -run TestShow -difftest.seed=N.
func TestShow(t *testing.T) {
	if !*flagShow {
		t.Skip("needs -difftest.show")
	}
	p := DefaultConfig.Generate(SeedSource(*flagSeed), "show")
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
}

var calleeRE = regexp.MustCompile(`^call to \S+ runs before`)

// template is a message with the callee left out, for statistics.
func template(msg string) string {
	return calleeRE.ReplaceAllString(msg, "call to X runs before")
}

// TestBound: the engine's work on every function of the fixed seeds'
// programs stays within flow.WorkBound, and no analysis gives up.
func TestBound(t *testing.T) {
	var progs []*Program
	for i := range *flagN {
		progs = append(progs, DefaultConfig.Generate(SeedSource(*flagSeed+int64(i)), ProgramName(i)))
	}
	results, err := Analyze(t.TempDir(), progs)
	if err != nil {
		t.Fatal(err)
	}
	analyses, bounded := 0, 0
	for i, r := range results {
		for _, c := range r.Costs {
			analyses++
			if c.Incomplete || c.Work > flow.WorkBound(c.Size) {
				t.Errorf("seed %d: %s: work %d for %d instructions (incomplete %t)", *flagSeed+int64(i), c.Func, c.Work, c.Size, c.Incomplete)
			}
		}
		if r.LogoffBounded || r.ReleaseBounded {
			bounded++
		}
	}
	if analyses == 0 {
		t.Fatal("no analysis")
	}
	t.Logf("%d analyses of %d programs; %d programs had paths joined to keep the bound", analyses, len(results), bounded)
}
