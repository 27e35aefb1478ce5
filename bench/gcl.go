package main

// The gcl workload: golangci-lint v2.15.0 with and without the mapilint
// plugin, on the COM provider module and on golang.org/x/tools.

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
)

// xtoolsVersion is the golang.org/x/tools whose packages golangci-lint
// runs on (the version mapilint itself requires).
const xtoolsVersion = "v0.52.0"

// gclConfigs are the golangci-lint configurations: the standard linters,
// and the same with mapilint enabled.
const (
	gclWithoutConfig = `version: "2"

linters:
  default: standard
`
	gclWithConfig = `version: "2"

linters:
  default: standard
  enable:
    - mapilint
  settings:
    custom:
      mapilint:
        type: module
        description: MAPI message store shutdown order (StoreLogoff, Release)
        original-url: https://github.com/mapilint/mapilint
`
)

// gclVariant is a golangci-lint binary with its configuration.
type gclVariant struct {
	name     string // column heading
	path     string
	config   string
	mapilint bool // the configuration enables mapilint
}

// gclLinter is a linter of golangci-lint's JSON report.
type gclLinter struct {
	Name    string
	Enabled bool
}

// gclTarget is a module golangci-lint runs on (./... in dir).
type gclTarget struct {
	name string
	dir  string
	env  []string
}

// runGCL builds golangci-lint with and without the plugin, prepares the
// two targets, checks that mapilint reports nothing on them, and measures
// every (variant, target) pair interleaved, each run with a fresh
// GOLANGCI_LINT_CACHE so that the analysis really runs.
func runGCL(root, tmp string, runs int, warmup bool, lim limits) error {
	fmt.Fprintln(os.Stderr, "bench: building golangci-lint v2.15.0 with and without the mapilint plugin (minutes the first time)")
	variants, err := buildGCL(root, tmp)
	if err != nil {
		return err
	}
	fmt.Fprintln(os.Stderr, "bench: generating the COM module (go mod tidy)")
	comDir := filepath.Join(tmp, "com")
	if err := genCom(comDir); err != nil {
		return err
	}
	fmt.Fprintln(os.Stderr, "bench: copying golang.org/x/tools", xtoolsVersion)
	xtools, err := copyXTools(filepath.Join(tmp, "xtools"))
	if err != nil {
		return err
	}
	targets := []gclTarget{
		{name: "COM provider module ./... (GOOS=windows)", dir: comDir, env: comEnv},
		{name: "golang.org/x/tools " + xtoolsVersion + " ./...", dir: xtools},
	}

	if warmup {
		// Fills the go build cache (export data) for each target.
		fmt.Fprintln(os.Stderr, "bench: warm-up")
		for _, t := range targets {
			if _, _, err := runGCLOnce(tmp, variants[0], t, lim); err != nil {
				return err
			}
		}
	}

	samples := make(map[[2]string][]sample)
	var problems []error
	for r := 0; r < runs; r++ {
		for _, t := range targets {
			for k := range variants {
				v := variants[(k+r)%len(variants)]
				key := [2]string{v.name, t.name}
				if ss := samples[key]; len(ss) > 0 && ss[len(ss)-1].outcome != finished {
					continue
				}
				fmt.Fprintf(os.Stderr, "bench: run %d/%d %-17s %s\n", r+1, runs, v.name, t.name)
				s, byLinter, err := runGCLOnce(tmp, v, t, lim)
				if err != nil {
					return err
				}
				samples[key] = append(samples[key], s)
				switch {
				case s.outcome != finished:
					fmt.Fprintf(os.Stderr, "bench: %s on %s: %s\n", v.name, t.name, s.cell(lim))
					problems = append(problems, fmt.Errorf("%s on %s: %s", v.name, t.name, s.cell(lim)))
				case byLinter["mapilint"] > 0:
					problems = append(problems, fmt.Errorf("verdict on %s: mapilint reported %d issues, want none", t.name, byLinter["mapilint"]))
				case byLinter["typecheck"] > 0:
					// The linters did not see the whole target.
					problems = append(problems, fmt.Errorf("%s on %s: %d typecheck issues", v.name, t.name, byLinter["typecheck"]))
				case r == 0:
					fmt.Fprintf(os.Stderr, "bench: issues by linter: %s\n", formatCounts(byLinter))
				}
			}
		}
	}
	printGCLTable(os.Stdout, variants, targets, samples, runs, lim)
	for _, err := range problems {
		fmt.Fprintln(os.Stderr, "bench: FAIL", err)
	}
	return errors.Join(problems...)
}

// buildGCL builds the two golangci-lint binaries into tmp/bin from a copy
// of integration/golangci's module (its go.mod and go.sum pin
// golangci-lint v2.15.0 and everything it needs; the replace directive
// points at this repository): "with" is its main.go, "without" the same
// without the blank import of the plugin.
func buildGCL(root, tmp string) ([]gclVariant, error) {
	src := filepath.Join(root, "integration", "golangci")
	mod := filepath.Join(tmp, "gclbuild")
	mainGo, err := os.ReadFile(filepath.Join(src, "main.go"))
	if err != nil {
		return nil, err
	}
	withoutGo, err := dropPluginImport(string(mainGo))
	if err != nil {
		return nil, err
	}
	for rel, content := range map[string]string{
		"with/main.go":    string(mainGo),
		"without/main.go": withoutGo,
	} {
		if err := writeFile(mod, rel, content); err != nil {
			return nil, err
		}
	}
	for _, f := range []string{"go.mod", "go.sum"} {
		b, err := os.ReadFile(filepath.Join(src, f))
		if err != nil {
			return nil, err
		}
		if err := os.WriteFile(filepath.Join(mod, f), b, 0o644); err != nil {
			return nil, err
		}
	}
	env := append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
	edit := exec.Command("go", "mod", "edit", "-module=bench.example/gcl", "-replace=github.com/mapilint/mapilint="+root)
	edit.Dir = mod
	edit.Env = env
	if out, err := edit.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("go mod edit: %v\n%s", err, out)
	}
	binDir := filepath.Join(tmp, "bin")
	cfgDir := filepath.Join(tmp, "gclconfig")
	variants := []gclVariant{
		{"without mapilint", filepath.Join(binDir, "golangci-lint"), filepath.Join(cfgDir, "without.yml"), false},
		{"with mapilint", filepath.Join(binDir, "golangci-lint-mapilint"), filepath.Join(cfgDir, "with.yml"), true},
	}
	for i, pkg := range []string{"./without", "./with"} {
		if err := goBuild(mod, env, variants[i].path, pkg); err != nil {
			return nil, err
		}
	}
	if err := writeFile(cfgDir, "without.yml", gclWithoutConfig); err != nil {
		return nil, err
	}
	if err := writeFile(cfgDir, "with.yml", gclWithConfig); err != nil {
		return nil, err
	}
	return variants, nil
}

// dropPluginImport removes the blank import of the mapilint plugin, and
// the comment above it, from integration/golangci's main.go.
func dropPluginImport(src string) (string, error) {
	lines := strings.Split(src, "\n")
	i := slices.IndexFunc(lines, func(l string) bool {
		return strings.Contains(l, `_ "github.com/mapilint/mapilint/gclplugin"`)
	})
	if i < 0 {
		return "", errors.New("integration/golangci/main.go: no blank import of github.com/mapilint/mapilint/gclplugin")
	}
	j := i
	for j > 0 && strings.HasPrefix(strings.TrimSpace(lines[j-1]), "//") {
		j--
	}
	return strings.Join(slices.Delete(lines, j, i+1), "\n"), nil
}

// copyXTools copies the golang.org/x/tools module at xtoolsVersion from
// the module cache (downloading it first) into dir, writable, and
// downloads what its packages and tests need: a throwaway module whose
// go.mod and go.sum are x/tools' own. golangci-lint takes directories,
// not import paths ("golang.org/x/tools/..." would mean
// ./golang.org/x/tools/...), so it runs on ./... there.
func copyXTools(dir string) (string, error) {
	out, err := exec.Command("go", "mod", "download", "-json", "golang.org/x/tools@"+xtoolsVersion).Output()
	if err != nil {
		return "", fmt.Errorf("go mod download golang.org/x/tools@%s: %v", xtoolsVersion, err)
	}
	var m struct{ Dir, Error string }
	if err := json.Unmarshal(out, &m); err != nil || m.Dir == "" {
		return "", fmt.Errorf("go mod download golang.org/x/tools@%s: %v %s", xtoolsVersion, err, m.Error)
	}
	if err := os.CopyFS(dir, os.DirFS(m.Dir)); err != nil {
		return "", err
	}
	list := exec.Command("go", "list", "-e", "-deps", "-test", "./...")
	list.Dir = dir
	list.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
	list.Stdout = io.Discard
	var stderr strings.Builder
	list.Stderr = &stderr
	if err := list.Run(); err != nil {
		return "", fmt.Errorf("go list in the x/tools copy: %v\n%s", err, tail(stderr.String(), 2000))
	}
	return dir, nil
}

// runGCLOnce runs golangci-lint variant v on t once, with a fresh
// GOLANGCI_LINT_CACHE, and returns the sample and the number of issues
// each linter reported. Issues do not fail the run (--issues-exit-code=0).
func runGCLOnce(tmp string, v gclVariant, t gclTarget, lim limits) (sample, map[string]int, error) {
	cache, err := os.MkdirTemp(tmp, "gclcache-")
	if err != nil {
		return sample{}, nil, err
	}
	defer os.RemoveAll(cache)
	env := append(slices.Clip(t.env), "GOLANGCI_LINT_CACHE="+cache, "GOWORK=off")
	argv := []string{v.path, "run", "--config=" + v.config, "--issues-exit-code=0", "--output.json.path=stdout", "--show-stats=false", "./..."}
	r, err := runChild(t.dir, env, argv, lim)
	if err != nil {
		return sample{}, nil, fmt.Errorf("%s on %s: %v", v.name, t.name, err)
	}
	if r.outcome != finished {
		return r.sample, nil, nil
	}
	if r.code != 0 {
		return sample{}, nil, fmt.Errorf("%s on %s: exit status %d\n%s", v.name, t.name, r.code, r.output())
	}
	var report struct {
		Issues []struct{ FromLinter string }
		Report struct{ Linters []gclLinter }
	}
	// The JSON report is the first value on stdout; the statistics follow
	// it unless --show-stats=false, which the bench passes anyway.
	if err := json.NewDecoder(strings.NewReader(r.stdout)).Decode(&report); err != nil {
		return sample{}, nil, fmt.Errorf("%s on %s: decoding the JSON report: %v\n%s", v.name, t.name, err, r.output())
	}
	byLinter := make(map[string]int)
	for _, is := range report.Issues {
		byLinter[is.FromLinter]++
	}
	// The configuration must have taken: mapilint runs exactly when the
	// variant enables it.
	enabled := slices.Contains(report.Report.Linters, gclLinter{Name: "mapilint", Enabled: true})
	if enabled != v.mapilint {
		return sample{}, nil, fmt.Errorf("%s on %s: mapilint enabled: %v", v.name, t.name, enabled)
	}
	return r.sample, byLinter, nil
}

// formatCounts formats issue counts by linter, sorted by name.
func formatCounts(byLinter map[string]int) string {
	if len(byLinter) == 0 {
		return "none"
	}
	var parts []string
	for l, n := range byLinter {
		parts = append(parts, fmt.Sprintf("%s %d", l, n))
	}
	slices.Sort(parts)
	return strings.Join(parts, ", ")
}

// printGCLTable writes the medians and the with/without ratios in
// Markdown.
func printGCLTable(w io.Writer, variants []gclVariant, targets []gclTarget, samples map[[2]string][]sample, runs int, lim limits) {
	host, _ := os.Hostname()
	fmt.Fprintf(w, "golangci-lint v2.15.0, linters.default: standard; medians of %d interleaved run(s), each with an empty GOLANGCI_LINT_CACHE; %s/%s, %d CPUs, %s, host %s%s; %s.\n\n",
		runs, runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), runtime.Version(), host, loadAvg(), lim)
	fmt.Fprint(w, "| target |")
	for _, v := range variants {
		fmt.Fprintf(w, " %s wall s | %s RSS MB |", v.name, v.name)
	}
	fmt.Fprintln(w, " with / without, wall | with / without, peak RSS |")
	fmt.Fprint(w, "|---|")
	for range variants {
		fmt.Fprint(w, "---:|---:|")
	}
	fmt.Fprintln(w, "---:|---:|")
	for _, t := range targets {
		fmt.Fprintf(w, "| %s |", t.name)
		var walls, rsss []float64
		for _, v := range variants {
			ss := samples[[2]string{v.name, t.name}]
			wall, rss := cells(ss, lim)
			fmt.Fprintf(w, " %s | %s |", wall, rss)
			if _, bad := unfinished(ss); !bad && len(ss) > 0 {
				mw, mr := median(ss)
				walls, rsss = append(walls, mw), append(rsss, mr)
			}
		}
		if len(walls) == 2 && walls[0] > 0 && rsss[0] > 0 {
			fmt.Fprintf(w, " %.2f | %.2f |\n", walls[1]/walls[0], rsss[1]/rsss[0])
		} else {
			fmt.Fprintln(w, " n/a | n/a |")
		}
	}
}
