// Command bench measures mapilint against three baseline multicheckers and
// prints the medians and the ratios of issue 5 as a Markdown table.
//
// Usage, from the repository root:
//
//	go run ./bench [-runs 3] [-n 50,200] [-only std|dense|patho|com|gcl|adversarial|lsp]
//	               [-timeout 120s] [-mem 8] [-gcl-timeout 15m] [-keep] [-warmup=false]
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
//
// Without -only it runs std, dense and patho. Four more workloads run
// only when -only names them:
//
//   - lsp: the latency from didOpen of the example store to mapilint's
//     diagnostics through mapilint lsp in front of gopls v0.23.0, cold and
//     warm, and mapilint's load and analysis alone (runLSP).
//   - com: a generated provider module with one correct store that imports
//     and calls real Go COM and Windows libraries at fixed versions (go-ole,
//     both WMI packages, go-winio, winrt-go, lxn/win, x/sys/windows; see
//     comRequire), all run with GOOS=windows. Its requirements are resolved
//     with go mod tidy before any measurement, so it needs the module proxy
//     (or a module cache holding them). Rows: "mapilint ./...", "mapilint
//     -json ./...", "go vet -vettool=<binary> ./..." with the dependencies'
//     facts recomputed every run and with them cached, and "mapilint -json
//     github.com/yusufpapurcu/wmi" (a dependency, by package pattern), as is
//     and with MAPILINT_FULL=1 (no fast path); each against the same
//     command of every baseline, with ratios to one-fact.
//     mapilint must report nothing on the module or on wmi.
//   - gcl: golangci-lint v2.15.0 built from the module proxy with and
//     without the mapilint plugin (the module of integration/golangci, with a
//     replace directive to this repository), run with linters.default:
//     standard, with and without mapilint enabled, on the COM module and on
//     a writable copy of the golang.org/x/tools v0.52.0 module, each run with
//     a fresh GOLANGCI_LINT_CACHE. mapilint must report nothing on either.
//   - adversarial: a generated module of correct stores in shapes that were
//     slow for the engine (adversarialShapes: 50 packages whose Release calls
//     a helper testing 40 bits of a copied field one after the other; a
//     Release reaching a loop with a defer inside and a large type switch, as
//     in wmi's (*Client).loadEntity; and every shape of internal/adversarial
//     at sizes 40 and 200), a row each, mapilint against buildssa-only
//     (target ratio 1.5). mapilint must report nothing.
//
// Every measured or verdict run of a checker is bounded by -timeout and by
// an address-space limit of -mem GiB (ulimit -v, which Linux enforces;
// golangci-lint runs by -gcl-timeout and the same limit). A run past either is reported as
// "timeout" or "OOM" in the table instead of a time, the remaining runs of
// that pair are skipped, and the exit status is 1 (a verdict that could not
// be established counts as a wrong one).
package main

import (
	"bytes"
	"context"
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

// target is what a binary runs on, and how.
type target struct {
	name  string
	dir   string   // working directory
	args  []string // package patterns
	n     int      // dense size, 0 otherwise
	env   []string // added to the environment (GOOS=windows for the COM module)
	flags []string // put before the patterns, e.g. -json
	// vet runs "go vet -vettool=<binary> flags args" instead of the binary.
	vet bool
	// coldFacts, with vet, gives the tool a new identity on every run (see
	// freshTool), so that go vet recomputes the dependencies' facts instead
	// of taking them from the build cache.
	coldFacts bool
	// warmAll warms up every binary on the target, not only the first: the
	// cached-facts vet rows need each tool's facts in the cache.
	warmAll bool
	// verdict checks mapilint -json args against want (see checkVerdicts).
	verdict bool
	want    []expectedDiag
	// floor names the binary the ratio table divides mapilint by; limit is
	// the ratio's target, 0 for none.
	floor string
	limit float64
	// note describes the target under the table, "" for none.
	note string
}

// command is the command line that runs the checker at path on t.
func (t target) command(path string) []string {
	var argv []string
	if t.vet {
		argv = append(argv, "go", "vet", "-vettool="+path)
	} else {
		argv = append(argv, path)
	}
	argv = append(argv, t.flags...)
	return append(argv, t.args...)
}

// outcome is how a child run ended.
type outcome int

const (
	finished    outcome = iota // exited by itself
	timedOut                   // killed at the time limit
	outOfMemory                // stopped by the address-space limit
)

// limits bound every child run.
type limits struct {
	timeout time.Duration
	memKB   int64 // address space, for ulimit -v; 0 for none
}

// String describes the limits for the tables' headings.
func (l limits) String() string {
	if l.memKB <= 0 {
		return fmt.Sprintf("each run limited to %s", l.timeout)
	}
	return fmt.Sprintf("each run limited to %s and %.3g GiB of address space", l.timeout, float64(l.memKB)/(1<<20))
}

// sample is one measured run.
type sample struct {
	wall    time.Duration
	rssKB   int64
	outcome outcome
}

func main() {
	runs := flag.Int("runs", 3, "measured runs of each (binary, target) pair")
	sizes := flag.String("n", "50,200", "comma-separated sizes of the dense corpus (store packages)")
	only := flag.String("only", "", "run only this workload: std, dense, patho, com, gcl, adversarial or lsp (default: std, dense and patho)")
	keep := flag.Bool("keep", false, "keep the temporary directory and print its path")
	warmup := flag.Bool("warmup", true, "one unmeasured run per target first (fills the build cache)")
	timeout := flag.Duration("timeout", 120*time.Second, "time limit of each checker run (reported as timeout)")
	gclTimeout := flag.Duration("gcl-timeout", 15*time.Minute, "time limit of each golangci-lint run (-only gcl)")
	mem := flag.Float64("mem", 8, "address-space limit of each checker or golangci-lint run, GiB (reported as OOM); 0 for none")
	flag.Parse()
	lim := limits{timeout: *timeout, memKB: int64(*mem * (1 << 20))}
	if err := run(*runs, *sizes, *only, *keep, *warmup, lim, *gclTimeout); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func run(runs int, sizes, only string, keep, warmup bool, lim limits, gclTimeout time.Duration) error {
	switch only {
	case "", "std", "dense", "patho", "com", "gcl", "adversarial", "lsp":
	default:
		return fmt.Errorf("-only %q: want std, dense, patho, com, gcl, adversarial or lsp", only)
	}
	if runs < 1 {
		return fmt.Errorf("-runs %d: want at least 1", runs)
	}
	if lim.timeout <= 0 || gclTimeout <= 0 {
		return errors.New("-timeout and -gcl-timeout must be positive")
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

	if only == "gcl" {
		return runGCL(root, tmp, runs, warmup, limits{timeout: gclTimeout, memKB: lim.memKB})
	}
	if only == "lsp" {
		return runLSP(root, tmp, runs)
	}

	fmt.Fprintln(os.Stderr, "bench: building mapilint and the baselines")
	bins, err := buildBinaries(root, tmp)
	if err != nil {
		return err
	}

	var targets []target
	if only == "" || only == "std" {
		dir := filepath.Join(tmp, "stddir")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		// std: the zero-noise check is .ci/run's, not a verdict here.
		targets = append(targets, target{name: "std", dir: dir, args: []string{"std"}})
	}
	if only == "" || only == "dense" {
		for _, n := range ns {
			dir := filepath.Join(tmp, fmt.Sprintf("dense%d", n))
			if err := genDense(dir, n); err != nil {
				return err
			}
			// Every dense store is correct.
			targets = append(targets, target{name: fmt.Sprintf("dense N=%d", n), dir: dir, args: []string{"./..."}, n: n, verdict: true})
		}
	}
	if only == "" || only == "patho" {
		dir := filepath.Join(tmp, "patho")
		want, err := genPatho(dir)
		if err != nil {
			return err
		}
		targets = append(targets, target{name: "patho", dir: dir, args: []string{"./..."}, verdict: true, want: want})
	}
	if only == "com" {
		fmt.Fprintln(os.Stderr, "bench: generating the COM module (go mod tidy)")
		ts, err := comTargets(filepath.Join(tmp, "com"))
		if err != nil {
			return err
		}
		targets = append(targets, ts...)
	}
	if only == "adversarial" {
		ts, err := adversarialTargets(filepath.Join(tmp, "adversarial"))
		if err != nil {
			return err
		}
		targets = append(targets, ts...)
	}

	// Verdicts first: a wrong verdict makes the timings meaningless, and
	// these runs double as the warm-up of mapilint.
	mapilint := bins[len(bins)-1]
	var verdictErrs []error
	for _, t := range targets {
		if !t.verdict {
			continue
		}
		fmt.Fprintf(os.Stderr, "bench: verdicts on %s\n", t.name)
		if err := checkVerdicts(mapilint, t, lim); err != nil {
			verdictErrs = append(verdictErrs, fmt.Errorf("verdicts on %s: %w", t.name, err))
		}
	}
	for _, err := range verdictErrs {
		fmt.Fprintln(os.Stderr, "bench: FAIL", err)
	}

	vt := &vetTools{dir: filepath.Join(tmp, "vettools")}
	samples := make(map[[2]string][]sample)
	var failed []string // pairs that timed out or ran out of memory
	if warmup {
		fmt.Fprintln(os.Stderr, "bench: warm-up")
		for _, t := range targets {
			warm := bins[:1]
			if t.warmAll {
				warm = bins
			}
			for _, b := range warm {
				s, err := measure(b, t, lim, vt)
				if err != nil {
					return err
				}
				if s.outcome != finished {
					// It would again: record it instead of measuring it.
					fmt.Fprintf(os.Stderr, "bench: warm-up %s on %s: %s\n", b.name, t.name, s.cell(lim))
					failed = append(failed, fmt.Sprintf("%s on %s: %s", b.name, t.name, s.cell(lim)))
					samples[[2]string{b.name, t.name}] = []sample{s}
				}
			}
		}
	}

	for r := 0; r < runs; r++ {
		for _, t := range targets {
			// Rotate the order of the binaries from run to run so that no
			// binary always follows the same one.
			for k := range bins {
				b := bins[(k+r)%len(bins)]
				key := [2]string{b.name, t.name}
				if ss := samples[key]; len(ss) > 0 && ss[len(ss)-1].outcome != finished {
					continue // timed out or out of memory before: it would again
				}
				fmt.Fprintf(os.Stderr, "bench: run %d/%d %-12s %s\n", r+1, runs, b.name, t.name)
				s, err := measure(b, t, lim, vt)
				if err != nil {
					return err
				}
				if s.outcome != finished {
					fmt.Fprintf(os.Stderr, "bench: %s on %s: %s\n", b.name, t.name, s.cell(lim))
					failed = append(failed, fmt.Sprintf("%s on %s: %s", b.name, t.name, s.cell(lim)))
				}
				samples[key] = append(samples[key], s)
			}
		}
	}

	printTable(os.Stdout, bins, targets, samples, runs, lim)
	var errs []error
	errs = append(errs, verdictErrs...)
	for _, f := range failed {
		errs = append(errs, errors.New(f))
	}
	return errors.Join(errs...)
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

// vetTools makes the fresh tool identities of the cold-facts vet rows.
type vetTools struct {
	dir string
	n   int
}

// freshTool copies the binary at path under dir with a new nonce appended
// (Linux ignores bytes after an ELF's segments; a signed Mach-O may not
// run so changed). go vet keys its
// cache of the dependencies' facts by the tool's identity, which a
// go/analysis checker's -V=full output derives from a hash of its
// executable; a new identity makes go vet run the tool on every
// dependency again, as on a first run, while the compiled export data
// stays cached. The caller removes the copy.
func (vt *vetTools) freshTool(path string) (string, error) {
	vt.n++
	exe, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	exe = fmt.Appendf(exe, "\nmapilint-bench nonce %d %d\n", os.Getpid(), vt.n)
	if err := os.MkdirAll(vt.dir, 0o755); err != nil {
		return "", err
	}
	copyPath := filepath.Join(vt.dir, fmt.Sprintf("%s-%d", filepath.Base(path), vt.n))
	return copyPath, os.WriteFile(copyPath, exe, 0o755)
}

// measure runs b on t once and returns its wall time and the child's peak
// RSS. Exit status 3 of a checker (diagnostics reported) counts as
// success; go vet must exit 0. A run stopped by lim is a sample with that
// outcome, not an error.
func measure(b binary, t target, lim limits, vt *vetTools) (sample, error) {
	path := b.path
	if t.vet && t.coldFacts {
		p, err := vt.freshTool(b.path)
		if err != nil {
			return sample{}, err
		}
		defer os.Remove(p)
		path = p
	}
	r, err := runChild(t.dir, t.env, t.command(path), lim)
	if err != nil {
		return sample{}, fmt.Errorf("%s on %s: %v", b.name, t.name, err)
	}
	if r.outcome == finished && r.code != 0 && (t.vet || r.code != 3) {
		return sample{}, fmt.Errorf("%s on %s: exit status %d\n%s", b.name, t.name, r.code, r.output())
	}
	return r.sample, nil
}

// result is how a child run went.
type result struct {
	sample
	code           int // exit code; -1 when killed
	stdout, stderr string
}

// output is the tail of the run's output, for error messages.
func (r result) output() string {
	return tail(r.stdout, 1000) + tail(r.stderr, 2000)
}

// runChild runs argv in dir with env added to the environment, under lim.
// The child runs in its own process group, which the time limit kills
// whole (go vet's tool processes too). The address-space limit is set by
// the shell (ulimit -v) that then execs argv, so the rusage is argv's own.
func runChild(dir string, env, argv []string, lim limits) (result, error) {
	ctx, cancel := context.WithTimeout(context.Background(), lim.timeout)
	defer cancel()
	if lim.memKB > 0 {
		argv = append([]string{"sh", "-c", `ulimit -v "$0" && exec "$@"`, strconv.FormatInt(lim.memKB, 10)}, argv...)
	}
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = 10 * time.Second
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	r := result{sample: sample{wall: time.Since(start)}}
	if cmd.ProcessState != nil {
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			r.rssKB = int64(ru.Maxrss) // KB on Linux
			if runtime.GOOS == "darwin" {
				r.rssKB /= 1024 // bytes on macOS
			}
		}
	}
	r.stdout, r.stderr = stdout.String(), stderr.String()
	if err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			return r, err
		}
		r.code = ee.ExitCode()
	}
	switch {
	case ctx.Err() != nil:
		r.outcome = timedOut
	case r.code != 0 && lim.memKB > 0 && isOOM(r.stderr):
		r.outcome = outOfMemory
	}
	return r, nil
}

// isOOM tells whether output shows a Go program (or the go command's
// children) stopped by the address-space limit.
func isOOM(out string) bool {
	return strings.Contains(out, "out of memory") || strings.Contains(out, "cannot allocate memory")
}

// cell describes a run that did not finish, for the table and messages.
func (s sample) cell(lim limits) string {
	switch s.outcome {
	case timedOut:
		return fmt.Sprintf("timeout (%s)", lim.timeout)
	case outOfMemory:
		return fmt.Sprintf("OOM (%.3g GiB)", float64(lim.memKB)/(1<<20))
	}
	return "finished"
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

// checkVerdicts runs mapilint -json on t's patterns and compares its
// diagnostics with t.want, exactly (no more, no fewer).
func checkVerdicts(b binary, t target, lim limits) error {
	argv := append([]string{b.path, "-json"}, t.args...)
	r, err := runChild(t.dir, t.env, argv, lim)
	if err != nil {
		return err
	}
	if r.outcome != finished {
		return fmt.Errorf("not established: mapilint -json %s: %s after %.0f s, peak RSS %.0f MB",
			strings.Join(t.args, " "), r.cell(lim), r.wall.Seconds(), float64(r.rssKB)/1024)
	}
	if r.code != 0 {
		return fmt.Errorf("mapilint -json: exit status %d\n%s", r.code, r.output())
	}
	// {"pkg": {"analyzer": [diag...] or {"error": ...}}}
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal([]byte(r.stdout), &tree); err != nil {
		return fmt.Errorf("decoding mapilint -json: %v\n%s", err, r.output())
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
	for _, w := range t.want {
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

// unfinished returns the first sample of ss that did not finish.
func unfinished(ss []sample) (sample, bool) {
	for _, s := range ss {
		if s.outcome != finished {
			return s, true
		}
	}
	return sample{}, false
}

// cells formats the medians of ss as a wall and an RSS cell; a pair that
// timed out or ran out of memory shows that, and the RSS it had reached.
func cells(ss []sample, lim limits) (string, string) {
	if len(ss) == 0 {
		return "–", "–"
	}
	if s, bad := unfinished(ss); bad {
		return s.cell(lim), fmt.Sprintf("≥ %.0f", float64(s.rssKB)/1024)
	}
	wall, rss := median(ss)
	return fmt.Sprintf("%.2f", wall), fmt.Sprintf("%.0f", rss)
}

// printTable writes the medians and the ratios of issue 5 in Markdown.
func printTable(w *os.File, bins []binary, targets []target, samples map[[2]string][]sample, runs int, lim limits) {
	host, _ := os.Hostname()
	fmt.Fprintf(w, "Medians of %d interleaved run(s); %s/%s, %d CPUs, %s, host %s%s; %s.\n\n",
		runs, runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), runtime.Version(), host, loadAvg(), lim)
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
			wall, rss := cells(samples[[2]string{b.name, t.name}], lim)
			fmt.Fprintf(w, " %s | %s |", wall, rss)
		}
		fmt.Fprintln(w)
	}

	// get returns the medians of a pair whose runs all finished.
	get := func(bin, tgt string) (float64, float64, bool) {
		ss := samples[[2]string{bin, tgt}]
		if _, bad := unfinished(ss); bad || len(ss) == 0 {
			return 0, 0, false
		}
		wall, rss := median(ss)
		return wall, rss, true
	}
	type ratio struct {
		what   string
		value  float64
		target float64 // 0: information only
		ok     bool    // value is measured
		why    string  // when not ok: why not, if known
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
		rs = append(rs, ratio{what: "std: mapilint / do-nothing, wall", value: v, target: 1.2, ok: ok})
		v, ok = ratioOf(mr, nr, ok1, ok2)
		rs = append(rs, ratio{what: "std: mapilint / do-nothing, peak RSS", value: v, target: 1.2, ok: ok})
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
		rs = append(rs, ratio{what: big.name + ": mapilint / buildssa-only, wall", value: v, target: 1.3, ok: ok})
		v, ok = ratioOf(mr, sr, ok1, ok2)
		rs = append(rs, ratio{what: big.name + ": mapilint / buildssa-only, peak RSS", value: v, target: 1.3, ok: ok})
		if len(dense) > 1 {
			small := dense[0]
			lw, _, ok3 := get("mapilint", small.name)
			v, ok = ratioOf(mw, lw, ok1, ok3)
			// 4.4 for N=200 over N=50: linear plus 10%.
			limit := 1.1 * float64(big.n) / float64(small.n)
			rs = append(rs, ratio{what: fmt.Sprintf("mapilint wall, N=%d / N=%d (linear = %.2f)", big.n, small.n, float64(big.n)/float64(small.n)), value: v, target: limit, ok: ok})
		}
	}
	// The targets that name a floor: mapilint against that baseline.
	for _, t := range targets {
		if t.floor == "" {
			continue
		}
		mw, mr, ok1 := get("mapilint", t.name)
		fw, fr, ok2 := get(t.floor, t.name)
		why := ""
		if s, bad := unfinished(samples[[2]string{"mapilint", t.name}]); bad {
			why = "mapilint: " + s.cell(lim)
		}
		v, ok := ratioOf(mw, fw, ok1, ok2)
		rs = append(rs, ratio{what: fmt.Sprintf("%s: mapilint / %s, wall", t.name, t.floor), value: v, target: t.limit, ok: ok, why: why})
		v, ok = ratioOf(mr, fr, ok1, ok2)
		rs = append(rs, ratio{what: fmt.Sprintf("%s: mapilint / %s, peak RSS", t.name, t.floor), value: v, target: t.limit, ok: ok, why: why})
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| ratio | value | target | meets |")
	fmt.Fprintln(w, "|---|---:|---:|:---:|")
	for _, r := range rs {
		limit, meets := "", ""
		if r.target > 0 {
			limit = fmt.Sprintf("≤ %.2f", r.target)
			if r.ok {
				meets = yes(r.value <= r.target)
			} else if r.why != "" {
				meets = yes(false)
			}
		}
		value := "n/a"
		switch {
		case r.ok:
			value = fmt.Sprintf("%.2f", r.value)
		case r.why != "":
			value = r.why
		}
		fmt.Fprintf(w, "| %s | %s | %s | %s |\n", r.what, value, limit, meets)
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
	first := true
	for _, t := range targets {
		if t.note == "" {
			continue
		}
		if first {
			fmt.Fprintln(w)
			first = false
		}
		fmt.Fprintf(w, "- %s: %s\n", t.name, t.note)
	}
}

// loadAvg describes the machine's load averages (Linux), which tell how
// much other work the timings shared the CPUs with; "" when unknown.
func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return ""
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return ""
	}
	return fmt.Sprintf(", load average %s %s %s at the end", f[0], f[1], f[2])
}

func yes(b bool) string {
	if b {
		return "yes"
	}
	return "**no**"
}
