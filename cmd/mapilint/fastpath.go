package main

import (
	"bytes"
	"flag"
	"io"
	"os"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// fullEnv names an undocumented environment variable: MAPILINT_FULL=1
// makes the command skip the fast path and always run the full analysis
// (.ci/zero-noise and the tests use it to check the analysis itself on
// code without stores).
const fullEnv = "MAPILINT_FULL"

// nothingToCheck is the standalone fast path. Declaring a fact type makes
// the standalone driver load and keep every package from source, which on
// code without stores costs as much again as the load itself. Yet every
// diagnostic mapilint reports is about a store, which needs a function or
// vtable slot named StoreLogoff or a //mapilint: directive, or about a
// //mapilint:ignore directive. So for a standalone run whose flags do not
// change that (fastRun), mapilint first lists the packages (go list, no
// type checking) as the driver would load them and reads their files:
// when none mentions StoreLogoff or mapilint:, the full analysis could
// report nothing, and the command prints what the driver prints for no
// diagnostics (out) without running it. Any error goes the full way, which
// reports it.
func nothingToCheck(args []string, analyzers []*analysis.Analyzer) (out string, ok bool) {
	run, ok := parseFast(args, analyzers)
	if !ok {
		return "", false
	}
	cfg := &packages.Config{
		Mode:  packages.NeedName | packages.NeedFiles,
		Tests: run.tests, // as the driver's -test
		// No BuildFlags: the driver's -tags is a no-op kept for old vet
		// scripts, so it loads without them, and so does this.
	}
	pkgs, err := packages.Load(cfg, run.patterns...)
	if err != nil || len(pkgs) == 0 {
		return "", false
	}
	for _, p := range pkgs {
		if len(p.Errors) > 0 {
			return "", false
		}
		for _, name := range p.GoFiles {
			data, err := os.ReadFile(name)
			if err != nil || bytes.Contains(data, []byte("StoreLogoff")) || bytes.Contains(data, []byte("mapilint:")) {
				return "", false
			}
		}
	}
	return run.output(), true
}

// A fastRun is a standalone command line the fast path can answer.
type fastRun struct {
	json, fix bool
	tests     bool // -test: load the test files too
	patterns  []string
}

// output is what the driver prints on standard output when it finds
// nothing: with -fix (with or without -diff) nothing; with -json an empty
// JSON object and a newline (checker.Graph.PrintJSON of no diagnostics);
// otherwise nothing, the text form going to standard error.
func (r fastRun) output() string {
	if r.json && !r.fix {
		return "{}\n"
	}
	return ""
}

// parseFast parses args as the standalone driver (multichecker with
// golang.org/x/tools v0.52.0) parses its command line, with the same flag
// package, and reports whether the run can take the fast path: it is a
// standalone run on package patterns, and every flag it sets leaves the
// diagnostics of code without StoreLogoff and mapilint: text empty and
// changes at most how they are printed:
//
//   - -json, -c=N, -fix, -diff: the output form (see output);
//   - -test, -test=false: which files are loaded, which the fast path
//     loads alike;
//   - -tags, -source, -all: no effect in the driver (legacy vet flags);
//   - the analyzers' enable flags (-storelogoff, -releaseorder=false, ...),
//     unless they leave no analyzer to run, and their string and bool
//     flags (-storelogoff.harmless=LIST): they tune verdicts about stores.
//
// Everything else goes the full way: -V and -flags (the go vet protocol),
// help, a .cfg file (the vet/fix unit protocol), -debug and -v (the
// driver's logs, timings and fact dumps), -cpuprofile, -memprofile and
// -trace (profiles of the analysis), -h and unknown flags (the driver's
// usage message and exit status), and an analyzer flag of any other type,
// whose value the driver might reject.
func parseFast(args []string, analyzers []*analysis.Analyzer) (fastRun, bool) {
	run := fastRun{tests: true}
	fs := flag.NewFlagSet("mapilint", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.BoolVar(&run.json, "json", false, "")
	fs.Int("c", -1, "")
	fs.BoolVar(&run.fix, "fix", false, "")
	fs.Bool("diff", false, "")
	fs.BoolVar(&run.tests, "test", true, "")
	fs.String("tags", "", "")
	fs.Bool("source", false, "")
	fs.Bool("all", false, "")
	enabled := make([]*triState, len(analyzers))
	for i, a := range analyzers {
		enabled[i] = new(triState)
		fs.Var(enabled[i], a.Name, "")
		a.Flags.VisitAll(func(f *flag.Flag) {
			name := a.Name + "." + f.Name
			if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
				fs.Bool(name, false, "")
			} else if g, ok := f.Value.(flag.Getter); ok {
				if _, isString := g.Get().(string); isString {
					fs.String(name, "", "")
				}
			}
		})
	}
	if err := fs.Parse(args); err != nil {
		return fastRun{}, false
	}
	run.patterns = fs.Args()
	if len(run.patterns) == 0 || run.patterns[0] == "help" {
		return fastRun{}, false
	}
	for _, p := range run.patterns {
		if strings.HasPrefix(p, "-") || strings.HasSuffix(p, ".cfg") {
			return fastRun{}, false
		}
	}
	// As analysisflags.Parse: any -NAME=true runs only those analyzers,
	// else any -NAME=false runs all but those.
	var anyTrue, anyFalse bool
	for _, e := range enabled {
		anyTrue = anyTrue || *e == setTrue
		anyFalse = anyFalse || *e == setFalse
	}
	kept := 0
	for _, e := range enabled {
		if anyTrue && *e == setTrue || !anyTrue && *e != setFalse {
			kept++
		}
	}
	if kept == 0 {
		return fastRun{}, false
	}
	return run, true
}

// triState is the driver's analyzer enable flag: a bool that knows
// whether it was set.
type triState int

const (
	unset triState = iota
	setTrue
	setFalse
)

func (ts *triState) Set(value string) error {
	b, err := strconv.ParseBool(value)
	if err != nil {
		return err
	}
	*ts = setFalse
	if b {
		*ts = setTrue
	}
	return nil
}

func (ts *triState) String() string   { return strconv.FormatBool(*ts != setFalse) }
func (ts *triState) IsBoolFlag() bool { return true }
