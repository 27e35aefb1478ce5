// Command bench measures mapilint against three baseline multicheckers and
// prints the medians and the ratios of issue 5 as a Markdown table.
//
// Usage, from the repository root:
//
//	go run ./bench [-runs 3] [-n 50,200] [-only std|dense|patho]
//
// It builds, into a temporary directory, mapilint (./cmd/mapilint) and three
// baselines generated as a temporary module requiring golang.org/x/tools
// v0.52.0: an analyzer that does nothing, the same declaring one fact type,
// and an analyzer that only Requires buildssa. It generates a dense module of
// N realistic store packages for each N, and a pathological module (a
// Release calling a helper with 40 independent ifs and a 200-case switch, one
// correct copy and one with a known violation). Then it runs every
// (binary, target) pair interleaved, -runs times, after one unmeasured
// warm-up per target, and records the wall time and the peak RSS of the
// child (wait4's ru_maxrss). Finally it checks mapilint's verdicts on the
// generated code: nothing on the dense modules, exactly the expected
// diagnostic on the pathological module. It exits 1 when a verdict is wrong
// or a run fails; timings are reported, never asserted.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Baseline analyzers, each the main package of a tiny multichecker.
const (
	nothingMain = `package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/multichecker"
)

var Analyzer = &analysis.Analyzer{
	Name: "nothing",
	Doc:  "does nothing",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
}

func main() { multichecker.Main(Analyzer) }
`
	factMain = `package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/multichecker"
)

type fact struct{ N int }

func (*fact) AFact() {}

var Analyzer = &analysis.Analyzer{
	Name:      "fact",
	Doc:       "does nothing but declares a fact type",
	FactTypes: []analysis.Fact{new(fact)},
	Run:       func(*analysis.Pass) (any, error) { return nil, nil },
}

func main() { multichecker.Main(Analyzer) }
`
	ssaMain = `package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/multichecker"
	"golang.org/x/tools/go/analysis/passes/buildssa"
)

var Analyzer = &analysis.Analyzer{
	Name:     "ssaonly",
	Doc:      "only requires buildssa",
	Requires: []*analysis.Analyzer{buildssa.Analyzer},
	Run:      func(*analysis.Pass) (any, error) { return nil, nil },
}

func main() { multichecker.Main(Analyzer) }
`
)

// binary is a checker under measurement.
type binary struct {
	name string // column heading
	path string
}

// target is what a binary runs on.
type target struct {
	name string
	dir  string   // working directory
	args []string // package patterns
	n    int      // dense size, 0 otherwise
}

// sample is one measured run.
type sample struct {
	wall  time.Duration
	rssKB int64
}

func main() {
	runs := flag.Int("runs", 3, "measured runs of each (binary, target) pair")
	sizes := flag.String("n", "50,200", "comma-separated sizes of the dense corpus (store packages)")
	only := flag.String("only", "", "run only this target kind: std, dense or patho")
	keep := flag.Bool("keep", false, "keep the temporary directory and print its path")
	warmup := flag.Bool("warmup", true, "one unmeasured run per target first (fills the build cache)")
	flag.Parse()
	if err := run(*runs, *sizes, *only, *keep, *warmup); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func run(runs int, sizes, only string, keep, warmup bool) error {
	switch only {
	case "", "std", "dense", "patho":
	default:
		return fmt.Errorf("-only %q: want std, dense or patho", only)
	}
	if runs < 1 {
		return fmt.Errorf("-runs %d: want at least 1", runs)
	}
	var ns []int
	for _, f := range strings.Split(sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			return fmt.Errorf("-n %q: want a comma-separated list of positive sizes", sizes)
		}
		ns = append(ns, n)
	}
	slices.Sort(ns)
	ns = slices.Compact(ns)

	root, err := repoRoot()
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "mapilint-bench-")
	if err != nil {
		return err
	}
	if keep {
		fmt.Fprintln(os.Stderr, "bench: temporary directory", tmp)
	} else {
		defer os.RemoveAll(tmp)
	}

	fmt.Fprintln(os.Stderr, "bench: building mapilint and the baselines")
	bins, err := buildBinaries(root, tmp)
	if err != nil {
		return err
	}

	var targets []target
	var patho []expectedDiag
	if only == "" || only == "std" {
		dir := filepath.Join(tmp, "stddir")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		targets = append(targets, target{name: "std", dir: dir, args: []string{"std"}})
	}
	if only == "" || only == "dense" {
		for _, n := range ns {
			dir := filepath.Join(tmp, fmt.Sprintf("dense%d", n))
			if err := genDense(dir, n); err != nil {
				return err
			}
			targets = append(targets, target{name: fmt.Sprintf("dense N=%d", n), dir: dir, args: []string{"./..."}, n: n})
		}
	}
	if only == "" || only == "patho" {
		dir := filepath.Join(tmp, "patho")
		if patho, err = genPatho(dir); err != nil {
			return err
		}
		targets = append(targets, target{name: "patho", dir: dir, args: []string{"./..."}})
	}

	// Verdicts first: a wrong verdict makes the timings meaningless, and
	// these runs double as the warm-up of mapilint.
	var verdictErrs []error
	for _, t := range targets {
		var want []expectedDiag
		switch {
		case t.name == "patho":
			want = patho
		case t.n > 0:
			want = nil // every dense store is correct
		default:
			continue // std: the zero-noise check is .ci/run's
		}
		if err := checkVerdicts(bins[len(bins)-1], t, want); err != nil {
			verdictErrs = append(verdictErrs, fmt.Errorf("verdicts on %s: %w", t.name, err))
		}
	}
	for _, err := range verdictErrs {
		fmt.Fprintln(os.Stderr, "bench: FAIL", err)
	}

	if warmup {
		fmt.Fprintln(os.Stderr, "bench: warm-up")
		for _, t := range targets {
			if _, err := measure(bins[0], t); err != nil {
				return err
			}
		}
	}

	samples := make(map[[2]string][]sample)
	for r := 0; r < runs; r++ {
		for _, t := range targets {
			// Rotate the order of the binaries from run to run so that no
			// binary always follows the same one.
			for k := range bins {
				b := bins[(k+r)%len(bins)]
				fmt.Fprintf(os.Stderr, "bench: run %d/%d %-12s %s\n", r+1, runs, b.name, t.name)
				s, err := measure(b, t)
				if err != nil {
					return err
				}
				key := [2]string{b.name, t.name}
				samples[key] = append(samples[key], s)
			}
		}
	}

	printTable(os.Stdout, bins, targets, samples, runs)
	if len(verdictErrs) > 0 {
		return errors.Join(verdictErrs...)
	}
	return nil
}

// repoRoot is the directory of the main module's go.mod.
func repoRoot() (string, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOMOD: %w", err)
	}
	gomod := strings.TrimSpace(string(out))
	if gomod == "" || gomod == os.DevNull {
		return "", errors.New("run from the mapilint module (go run ./bench)")
	}
	return filepath.Dir(gomod), nil
}

// buildBinaries builds the baselines and mapilint into tmp/bin; mapilint
// is last.
func buildBinaries(root, tmp string) ([]binary, error) {
	binDir := filepath.Join(tmp, "bin")
	mod := filepath.Join(tmp, "baselines")
	files := map[string]string{
		"go.mod":          "module bench.example/baselines\n\ngo 1.26.0\n\nrequire golang.org/x/tools v0.52.0\n",
		"nothing/main.go": nothingMain,
		"fact/main.go":    factMain,
		"ssaonly/main.go": ssaMain,
	}
	for rel, content := range files {
		if err := writeFile(mod, rel, content); err != nil {
			return nil, err
		}
	}
	sum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(mod, "go.sum"), sum, 0o644); err != nil {
		return nil, err
	}

	bins := []binary{
		{"do-nothing", filepath.Join(binDir, "nothing")},
		{"one-fact", filepath.Join(binDir, "fact")},
		{"buildssa-only", filepath.Join(binDir, "ssaonly")},
		{"mapilint", filepath.Join(binDir, "mapilint")},
	}
	env := append(os.Environ(), "GOFLAGS=-mod=mod")
	for _, pkg := range []string{"nothing", "fact", "ssaonly"} {
		if err := goBuild(mod, env, filepath.Join(binDir, pkg), "./"+pkg); err != nil {
			return nil, err
		}
	}
	if err := goBuild(root, os.Environ(), bins[3].path, "./cmd/mapilint"); err != nil {
		return nil, err
	}
	return bins, nil
}

func goBuild(dir string, env []string, out, pkg string) error {
	cmd := exec.Command("go", "build", "-o", out, pkg)
	cmd.Dir = dir
	cmd.Env = env
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go build %s in %s: %v\n%s", pkg, dir, err, b)
	}
	return nil
}

// measure runs b on t once and returns its wall time and the child's peak
// RSS. Exit status 3 (diagnostics reported) counts as success.
func measure(b binary, t target) (sample, error) {
	cmd := exec.Command(b.path, t.args...)
	cmd.Dir = t.dir
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &out
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != 3 {
			return sample{}, fmt.Errorf("%s on %s: %v\n%s", b.name, t.name, err, tail(out.String(), 2000))
		}
	}
	var rss int64
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		rss = int64(ru.Maxrss) // KB on Linux
		if runtime.GOOS == "darwin" {
			rss /= 1024 // bytes on macOS
		}
	}
	return sample{wall: wall, rssKB: rss}, nil
}

func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return "..." + s[len(s)-n:]
}

// jsonDiag is one diagnostic of the multichecker's -json output.
type jsonDiag struct {
	Posn    string `json:"posn"`
	Message string `json:"message"`
}

// checkVerdicts runs mapilint -json on t and compares its diagnostics with
// want, exactly (no more, no fewer).
func checkVerdicts(b binary, t target, want []expectedDiag) error {
	cmd := exec.Command(b.path, append([]string{"-json"}, t.args...)...)
	cmd.Dir = t.dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return fmt.Errorf("mapilint -json: %v\n%s%s", err, tail(string(out), 2000), tail(stderr.String(), 2000))
	}
	// {"pkg": {"analyzer": [diag...] or {"error": ...}}}
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal(out, &tree); err != nil {
		return fmt.Errorf("decoding mapilint -json: %v\n%s", err, tail(string(out), 2000))
	}
	var got []expectedDiag
	var problems []string
	for pkg, byAnalyzer := range tree {
		for analyzer, raw := range byAnalyzer {
			var diags []jsonDiag
			if err := json.Unmarshal(raw, &diags); err != nil {
				problems = append(problems, fmt.Sprintf("%s %s: %s", pkg, analyzer, raw))
				continue
			}
			for _, d := range diags {
				file, line := splitPosn(d.Posn)
				got = append(got, expectedDiag{Pkg: pkg, Analyzer: analyzer, File: file, Line: line, Message: d.Message})
			}
		}
	}
	for _, w := range want {
		if i := slices.Index(got, w); i >= 0 {
			got = slices.Delete(got, i, i+1)
		} else {
			problems = append(problems, fmt.Sprintf("missing: %s %s %s:%d: %s", w.Pkg, w.Analyzer, w.File, w.Line, w.Message))
		}
	}
	for _, g := range got {
		problems = append(problems, fmt.Sprintf("unexpected: %s %s %s:%d: %s", g.Pkg, g.Analyzer, g.File, g.Line, g.Message))
	}
	if len(problems) > 0 {
		slices.Sort(problems)
		return errors.New(strings.Join(problems, "\n\t"))
	}
	return nil
}

// splitPosn splits "/dir/file.go:12:3" into the base name and the line.
func splitPosn(posn string) (string, int) {
	parts := strings.Split(posn, ":")
	if len(parts) < 3 {
		return posn, 0
	}
	line, _ := strconv.Atoi(parts[len(parts)-2])
	return filepath.Base(strings.Join(parts[:len(parts)-2], ":")), line
}

// median of the samples' wall times and peak RSS, taken separately.
func median(ss []sample) (wall float64, rssMB float64) {
	ws := make([]float64, len(ss))
	rs := make([]float64, len(ss))
	for i, s := range ss {
		ws[i] = s.wall.Seconds()
		rs[i] = float64(s.rssKB) / 1024
	}
	return med(ws), med(rs)
}

func med(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	slices.Sort(xs)
	m := len(xs) / 2
	if len(xs)%2 == 1 {
		return xs[m]
	}
	return (xs[m-1] + xs[m]) / 2
}

// printTable writes the medians and the ratios of issue 5 in Markdown.
func printTable(w *os.File, bins []binary, targets []target, samples map[[2]string][]sample, runs int) {
	host, _ := os.Hostname()
	fmt.Fprintf(w, "Medians of %d interleaved run(s); %s/%s, %d CPUs, %s, host %s.\n\n",
		runs, runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), runtime.Version(), host)
	fmt.Fprint(w, "| target |")
	for _, b := range bins {
		fmt.Fprintf(w, " %s wall s | %s RSS MB |", b.name, b.name)
	}
	fmt.Fprint(w, "\n|---|")
	for range bins {
		fmt.Fprint(w, "---:|---:|")
	}
	fmt.Fprintln(w)
	for _, t := range targets {
		fmt.Fprintf(w, "| %s |", t.name)
		for _, b := range bins {
			wall, rss := median(samples[[2]string{b.name, t.name}])
			fmt.Fprintf(w, " %.2f | %.0f |", wall, rss)
		}
		fmt.Fprintln(w)
	}

	get := func(bin, tgt string) (float64, float64, bool) {
		ss := samples[[2]string{bin, tgt}]
		if len(ss) == 0 {
			return 0, 0, false
		}
		wall, rss := median(ss)
		return wall, rss, true
	}
	type ratio struct {
		what   string
		value  float64
		target float64
		ok     bool // value is measured
	}
	var rs []ratio
	ratioOf := func(a, b float64, okA, okB bool) (float64, bool) {
		if !okA || !okB || b == 0 {
			return 0, false
		}
		return a / b, true
	}
	if mw, mr, ok1 := get("mapilint", "std"); ok1 {
		nw, nr, ok2 := get("do-nothing", "std")
		v, ok := ratioOf(mw, nw, ok1, ok2)
		rs = append(rs, ratio{"std: mapilint / do-nothing, wall", v, 1.2, ok})
		v, ok = ratioOf(mr, nr, ok1, ok2)
		rs = append(rs, ratio{"std: mapilint / do-nothing, peak RSS", v, 1.2, ok})
	}
	var dense []target
	for _, t := range targets {
		if t.n > 0 {
			dense = append(dense, t)
		}
	}
	if len(dense) > 0 {
		big := dense[len(dense)-1]
		mw, mr, ok1 := get("mapilint", big.name)
		sw, sr, ok2 := get("buildssa-only", big.name)
		v, ok := ratioOf(mw, sw, ok1, ok2)
		rs = append(rs, ratio{big.name + ": mapilint / buildssa-only, wall", v, 1.3, ok})
		v, ok = ratioOf(mr, sr, ok1, ok2)
		rs = append(rs, ratio{big.name + ": mapilint / buildssa-only, peak RSS", v, 1.3, ok})
		if len(dense) > 1 {
			small := dense[0]
			lw, _, ok3 := get("mapilint", small.name)
			v, ok = ratioOf(mw, lw, ok1, ok3)
			// 4.4 for N=200 over N=50: linear plus 10%.
			limit := 1.1 * float64(big.n) / float64(small.n)
			rs = append(rs, ratio{fmt.Sprintf("mapilint wall, N=%d / N=%d (linear = %.2f)", big.n, small.n, float64(big.n)/float64(small.n)), v, limit, ok})
		}
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| ratio | value | target | meets |")
	fmt.Fprintln(w, "|---|---:|---:|:---:|")
	for _, r := range rs {
		if !r.ok {
			fmt.Fprintf(w, "| %s | n/a | ≤ %.2f | |\n", r.what, r.target)
			continue
		}
		fmt.Fprintf(w, "| %s | %.2f | ≤ %.2f | %s |\n", r.what, r.value, r.target, yes(r.value <= r.target))
	}
	if len(dense) > 1 {
		// Informational: the slope, per store package, which a fixed cost
		// (loading the standard library dependencies) does not hide.
		small, big := dense[0], dense[len(dense)-1]
		var parts []string
		for _, b := range bins {
			lw, _, ok1 := get(b.name, small.name)
			hw, _, ok2 := get(b.name, big.name)
			if ok1 && ok2 {
				parts = append(parts, fmt.Sprintf("%s %.1f", b.name, 1000*(hw-lw)/float64(big.n-small.n)))
			}
		}
		fmt.Fprintf(w, "| dense: marginal wall ms per store package, N=%d to N=%d (information) | %s | | |\n", small.n, big.n, strings.Join(parts, ", "))
	}
	if mw, _, ok := get("mapilint", "patho"); ok {
		nw, _, _ := get("do-nothing", "patho")
		fmt.Fprintf(w, "| patho: mapilint wall s (do-nothing: %.2f s) | %.2f | < 1 | %s |\n", nw, mw, yes(mw < 1))
	}
}

func yes(b bool) string {
	if b {
		return "yes"
	}
	return "**no**"
}
