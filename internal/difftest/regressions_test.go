package difftest

import (
	"bytes"
	"context"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

var flagWrite = flag.Bool("difftest.write", false, "rewrite testdata/src/difftest/regressions from the cases in regressions_test.go")

// A regression is a disagreement the differential test found, minimised,
// kept as a testdata case whose `// want` comments are the oracle's
// verdict for one pass: testdata/src/difftest/regressions/<pass>/<name>.
// The file is generated from the program below (go test -run
// TestRegressionFiles -difftest.write) and checked against it, so the
// oracle and the testdata cannot drift apart.
type regression struct {
	pass, name string
	doc        string // the package comment: what the engine does wrong
	prog       *Program
}

// Helpers for writing programs by hand.
func fn(role string, body ...*Stmt) *Func { return &Func{Role: role, Body: body} }
func st(k Kind) *Stmt                     { return &Stmt{Kind: k} }
func sltS(f FlagArg) *Stmt                { return &Stmt{Kind: KSLT, Flags: f} }
func deferS(k Kind, f FlagArg) *Stmt      { return &Stmt{Kind: KDefer, Call: k, Flags: f} }
func ifS(c Cond, then ...*Stmt) *Stmt     { return &Stmt{Kind: KIf, Cond: c, Then: then} }
func loopS(body ...*Stmt) *Stmt           { return &Stmt{Kind: KLoop, Body: body} }

var (
	tracked    = Cond{Kind: CondTracking}
	notTracked = Cond{Kind: CondTracking, Not: true}
	verbose    = Cond{Kind: CondVerbose}
)

// correctLogoff and correctRelease are the eager protocol done right.
func correctLogoff() *Func {
	return fn("StoreLogoff", ifS(tracked, st(KReturn)), sltS(FlagsCaller), st(KSetTracking), st(KClose), st(KReturn))
}

func correctRelease() *Func {
	return fn("Release", ifS(notTracked, sltS(FlagsAbort)), st(KRelease), st(KReturn))
}

var regressions = []regression{
	{
		pass: "storelogoff", name: "deferloop",
		doc: `Engine bug: a defer inside a loop makes the engine run forever.
flow.(*analysis).instr gives each visit of an *ssa.Defer a new id
(id := len(a.defers)) and appends it to the tuple's pending defers, so the
loop body yields new tuples at every round of the fixed point and it never
converges. Expected: analysis ends; this store is correct, so no diagnostic.`,
		prog: &Program{
			Logoff: fn("StoreLogoff", sltS(FlagsCaller), st(KSetTracking),
				loopS(deferS(KClose, 0)), st(KReturn)),
			Release: correctRelease(),
		},
	},
	{
		pass: "storelogoff", name: "releasefirst",
		doc: `Engine bug: releasing the support object is not an effect before
StoreLogoffTransports (SPEC §3 storelogoff: "a call with effects (closing
folders, releasing objects, anything not harmless) runs before it"); flow
handles model.OpRelease without a.effect. Expected: the report at the
release; actual: no storelogoff diagnostic.`,
		prog: &Program{
			Logoff:  fn("StoreLogoff", st(KRelease), sltS(FlagsCaller), st(KSetTracking), st(KReturn)),
			Release: correctRelease(),
		},
	},
	{
		pass: "storelogoff", name: "deferredeffect",
		doc: `Bug (wording): an effect made by a deferred call is named "a call".
Deferred calls run last in, first out, so s.inbox.Close runs before the
deferred StoreLogoffTransports. flow reports the effect at the position of
the *ssa.Defer (the defer keyword), where report.Callee finds no call
expression. Expected: "call to s.inbox.Close runs before ..."; actual:
"call to a call runs before ...".`,
		prog: &Program{
			Logoff:  fn("StoreLogoff", deferS(KSLT, FlagsCaller), deferS(KClose, 0), st(KSetTracking), st(KReturn)),
			Release: correctRelease(),
		},
	},
	{
		pass: "storelogoff", name: "failureaftereffect",
		doc: `Pass bug: a failure return after an effect is exempt. SPEC §2 exempts a
StoreLogoff that "returns a failure before doing anything else" (README:
"Returning a failure before doing anything"); storelogoff's shutdown()
exempts every failure return on a path without StoreLogoffTransports
(e.Failure && t.SLT == 0), so closing the inbox and then failing is
silent. Expected: the report at the failure return; actual: none.`,
		prog: &Program{
			Logoff: fn("StoreLogoff", ifS(tracked, st(KReturn)),
				ifS(Cond{Kind: CondOpaque}, st(KClose), &Stmt{Kind: KReturn, Failure: true}),
				sltS(FlagsCaller), st(KSetTracking), st(KReturn)),
			Release: correctRelease(),
		},
	},
	{
		pass: "abortflag", name: "verbosenoabort",
		doc: `Engine bug (false negative): a test of any store field StoreLogoff
never writes silences the report that Release never aborts the
transports. Release here never calls StoreLogoffTransports; it only tests
s.verbose to log. flow.Tuple.ForeignGuard is set by every such test on the
path (path history), and abortflag skips exits with ForeignGuard. The
README says a foreign guard matters "when it guards the abort call": this
one guards nothing. Expected: the report at the function name; actual:
none.`,
		prog: &Program{
			Logoff:  correctLogoff(),
			Release: fn("Release", ifS(verbose, st(KLog)), st(KRelease), st(KReturn)),
		},
	},
	{
		pass: "abortflag", name: "verboseunguarded",
		doc: `Engine bug (wrong report): as verbosenoabort, a test of s.verbose that
only guards a log call marks the rest of the path. The abort call after it
is not guarded at all and runs again after StoreLogoff. Expected: "not
guarded" at the call; actual: "this guard tests s.verbose, which
StoreLogoff never sets" at the unrelated if (its related information says
it guards the call, which it does not).`,
		prog: &Program{
			Logoff:  correctLogoff(),
			Release: fn("Release", ifS(verbose, st(KLog)), sltS(FlagsAbort), st(KRelease), st(KReturn)),
		},
	},
	{
		pass: "abortflag", name: "foreignwrite",
		doc: `Engine bug: a test of a store field that StoreLogoff never writes
ignores what the function itself wrote to it just before. StoreLogoff
here does not track its call, so s.loggedOff is an ordinary field; Release
sets it and then tests it, so the abort call never runs. Expected: the
report that Release never makes the abort call (at the function name);
actual: "this guard tests s.loggedOff, which StoreLogoff never sets" at a
guard of dead code, and no report at the name. (Tracking keys get this
right since the Tuple.Written change; other state fields do not.)`,
		prog: &Program{
			Logoff: fn("StoreLogoff", sltS(FlagsCaller), st(KReturn)),
			Release: fn("Release", st(KSetTracking),
				ifS(notTracked, sltS(FlagsAbort)), st(KRelease), st(KReturn)),
		},
	},
	{
		pass: "releaseorder", name: "retest",
		doc: `Engine limitation, now fixed: two tests of one store field that
StoreLogoff never writes were not correlated. Release here releases the
support object once whichever value s.verbose has; the engine explored
the paths where the two tests disagree. Expected: no diagnostic; actual:
"released twice" at the second release and "returns here without
releasing" at the return. (flow now remembers on each path what a test of
an untracked boolean field found.)`,
		prog: &Program{
			Logoff: correctLogoff(),
			Release: fn("Release", ifS(verbose, st(KRelease)),
				ifS(Cond{Kind: CondVerbose, Not: true}, st(KRelease)), st(KReturn)),
		},
	},
	{
		pass: "releaseorder", name: "loopretest",
		doc: `Engine bug, from the fuzzer: a loop tests s.loggedOff (which StoreLogoff
never writes) twice, once around a use of the support object and once
before a panic. When it is set, the first iteration panics; when it is
not, the loop releases the support object at every iteration. The engine
took the first test's true edge on a later iteration after the second
test's false edge. Expected: "released twice" only; actual: also "used
after its Release" at the use.`,
		prog: &Program{
			Logoff: fn("StoreLogoff", sltS(FlagsCaller), st(KReturn)),
			Release: fn("Release",
				loopS(ifS(tracked, st(KUse)), st(KRelease), ifS(tracked, st(KPanic))),
				st(KReturn)),
		},
	},
	{
		pass: "storelogoff", name: "deadwrite",
		doc: `Decision, from the fuzzer once tests of untracked fields were correlated:
a write that no path reaches does not make a field tracking state.
StoreLogoff sets s.loggedOff only when it is already set, which it never is
on the path that gets there, so the field is an ordinary field and the
early return is a shutdown that skips StoreLogoffTransports. The oracle
used to call any written field tracking state; it now asks, as the
engine does, whether some path writes it.`,
		prog: &Program{
			Logoff: fn("StoreLogoff", ifS(tracked, st(KReturn)), sltS(FlagsCaller),
				ifS(tracked, st(KSetTracking)), st(KClose), st(KReturn)),
			Release: correctRelease(),
		},
	},
	{
		pass: "abortflag", name: "loopguard",
		doc: `Engine bug, from the fuzzer: in a loop, a test of s.loggedOff (which
StoreLogoff never writes) that decides whether the abort call runs stops
counting as its guard once the paths rejoin after the if, so on the next
iteration, when the path has set the field itself, the call counted as
unguarded. The oracle calls a call guarded by a foreign test the path
passed whose outcome decides, statically, whether the call runs. Expected:
"this guard tests s.loggedOff" (and "twice"); actual: also "not guarded"
at the call. (flow now looks, at each abort call, for such a guard among
those the path passed.)`,
		prog: &Program{
			Logoff: fn("StoreLogoff", sltS(FlagsCaller), st(KReturn)),
			Release: fn("Release",
				loopS(&Stmt{Kind: KIf, Cond: tracked, Then: []*Stmt{sltS(FlagsAbort)}, Else: []*Stmt{st(KSetTracking)}, HasElse: true}),
				st(KRelease), st(KReturn)),
		},
	},
	{
		pass: "abortflag", name: "deferloop",
		doc: `Oracle bug, from the fuzzer: a call deferred in a loop was judged by the
foreign tests the path passed before the return that runs it, so a test
of s.verbose after the defer statement counted as the guard of a call
deferred before it, which runs whatever the test says. The oracle now
judges a deferred call by the tests passed before its defer statement, as
the engine does. Expected: "not guarded" at the deferred call.`,
		prog: &Program{
			Logoff: correctLogoff(),
			Release: fn("Release",
				loopS(deferS(KSLT, FlagsAbort), ifS(verbose, st(KRelease), st(KReturn))),
				st(KRelease), st(KReturn)),
		},
	},
	{
		pass: "releaseorder", name: "deferoverflow",
		doc: `Engine bug, from the fuzzer: a loop defers releases, then the function
defers one more. A path that deferred more than eight calls was marked
Escaped and dropped the calls it deferred after that, but still ran the
first eight at the return, as if they ran first: a deferred release in the
loop then looked like the first one on a path where the count is not zero.
Expected: "released twice" in the loop and "not zero" at the last defer,
which runs first; actual: also "not zero" in the loop. (Such a path now
runs none of its deferred calls: which run, in which order, is unknown.)`,
		prog: &Program{
			Logoff: fn("StoreLogoff", st(KReturn)),
			Release: fn("Release", st(KDec),
				loopS(deferS(KRelease, 0)), deferS(KRelease, 0), st(KReturn)),
		},
	},
	{
		pass: "releaseorder", name: "foreignwrite",
		doc: `Engine bug: as abortflag/foreignwrite. Release sets s.loggedOff (a
field StoreLogoff never writes) and releases the support object only if it
is not set: it never releases it. Expected: "Release never releases the
support object s.support" at the function name; actual: "Release returns
here without releasing ..." at the return, as if a release were reachable.`,
		prog: &Program{
			Logoff: fn("StoreLogoff", st(KReturn)),
			Release: fn("Release", st(KSetTracking),
				ifS(notTracked, st(KRelease)), st(KReturn)),
		},
	},
	{
		pass: "abortflag", name: "awayedge",
		doc: `Oracle bug, from the fuzzer: Release aborts only while other references
remain (s.refs > 0), under tests of s.loggedOff, which StoreLogoff never
writes: no final path aborts. The oracle exempted a final path from
"missing" when it had passed any test of s.loggedOff that guards the call,
whichever way it went. A guard's report covers only the paths it made skip
the call (left by the other edge), and only when it is reported (it guards
a call on a final path). The engine had the flaw in simpler shapes
(abortflag/guards: nonFinalStore, nestedStore). Expected:
"does not call ... LOGOFF_ABORT" at the function name.`,
		prog: &Program{
			Logoff: fn("StoreLogoff", sltS(FlagsNoWait), st(KReturn)),
			Release: fn("Release", st(KDec),
				ifS(Cond{Kind: CondRefcount, Op: "!="}, ifS(tracked, st(KReturn))),
				ifS(notTracked, ifS(Cond{Kind: CondRefcount, Op: ">"}, sltS(FlagsAbort))),
				st(KReturn)),
		},
	},
	{
		pass: "storelogoff", name: "helpereffect",
		doc: `Engine bug, from the differential test (issue 12, pointer helpers): an
effect before a StoreLogoffTransports made inside a same-package helper was
not reported. flow.(*analysis).inline analysed the helper from the entry
witness guardWitness(t), which dropped the caller's Witness.Effect, so the
event's Before.Effect was true but the report had no position. Expected:
"call to s.inbox.Close runs before ..." at the close. (Fixed: a helper's
events, replayed at its call, keep the calling paths' places.)`,
		prog: &Program{
			Logoff:  fn("StoreLogoff", st(KClose), st(KPtrLogoff), st(KReturn)),
			Release: correctRelease(),
		},
	},
	{
		pass: "abortflag", name: "deepcount",
		doc: `Engine bug, from the differential test (issue 12, counts kept by
helpers): the count is decremented four helpers deep, past the three the
engine follows, so which paths are final is unknown; but the test of the
helper's result read, through the helpers' only returns, the atomic add on
s.refs as a read of a store field StoreLogoff never writes: a guard on the
wrong state. Expected: the abort call after the count test is "not
guarded"; actual: "this guard tests s.refs, which StoreLogoff never sets"
at the count test. (Fixed: an atomic add on anything but the count found
is not a read of state.)`,
		prog: &Program{
			Count:  CountTooDeep,
			Logoff: correctLogoff(),
			Release: fn("Release", st(KDec), ifS(Cond{Kind: CondRefcount, Op: ">"}, st(KReturn)),
				sltS(FlagsAbort), st(KRelease), st(KReturn)),
		},
	},
	{
		pass: "abortflag", name: "selectguard",
		doc: `Engine bug, from the differential test (issue 12, channels): a select
on a channel StoreLogoff never closes tests a field it never sets (a
boolean close would set), so it is a guard on the wrong state; but go/ssa
gives the If it builds for a select no position, so the report was made at
token.NoPos and lost, and the call it guards was reported neither way.
Expected: "this guard tests s.done, which StoreLogoff never sets" at the
select. (Fixed: such a guard is placed at the select statement.)`,
		prog: &Program{
			Signal:  SigOnce,
			Logoff:  correctLogoff(),
			Release: fn("Release", ifS(Cond{Kind: CondSignal, Not: true}, sltS(FlagsAbort)), st(KRelease), st(KReturn)),
		},
	},
	{
		pass: "storelogoff", name: "crossread",
		doc: `Engine bug, from the differential test (issue 12, pointer helpers in
another package): a correct, idempotent StoreLogoff tests its own flag
through shutdown.IsSet(&s.loggedOff), a getter of another package. The
engine took its result for an unknown, so the early return looked like a
first StoreLogoff that skips the call. Expected: no diagnostic; actual:
"StoreLogoff returns here without calling s.support.StoreLogoffTransports".
(Fixed: a getter of another package whose body is return *p reads the
field.)`,
		prog: &Program{
			CrossPkg: true,
			Logoff: fn("StoreLogoff", ifS(Cond{Kind: CondTracking, Ptr: true}, st(KReturn)),
				sltS(FlagsCaller), st(KSetTracking), st(KReturn)),
			Release: correctRelease(),
		},
	},
	{
		pass: "releaseorder", name: "crossstore",
		doc: `Engine bug, from the differential test (issue 12, pointer helpers in
another package): Release sets a flag StoreLogoff never sets through
shutdown.MarkDone(&s.loggedOff) and never releases the support object.
The engine took the helper's paths for paths that depend on a field it
cannot value, so opaque, and said nothing. Expected: "Release never
releases the support object s.support". (Fixed: a helper that only sets
the field depends on nothing.)`,
		prog: &Program{
			CrossPkg: true,
			Logoff:   fn("StoreLogoff", sltS(FlagsCaller), st(KReturn)),
			Release:  fn("Release", &Stmt{Kind: KSetTracking, Ptr: true}, st(KReturn)),
		},
	},
	{
		pass: "abortflag", name: "staleguard",
		doc: `Engine bug, from the differential test (issue 12, pointer helpers):
StoreLogoff never sets s.loggedOff. Release closes the inbox if it is not
set, then abortUnless tests it again and aborts. Expected: "this guard
tests s.loggedOff" at the abortUnless call, whose test decides whether
the abort runs; actual: at the if around the close, whose region ended
before the call (a helper's replayed events took the caller's stale guard
place). (Fixed: they keep their own guard.)`,
		prog: &Program{
			Logoff: fn("StoreLogoff", sltS(FlagsCaller), st(KReturn)),
			Release: fn("Release", ifS(notTracked, st(KClose)), st(KPtrAbort),
				st(KRelease), st(KReturn)),
		},
	},
}

func regressionDir(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// regressionSource renders a case with the oracle's verdict for its pass
// as want comments, and its helper package's source (nil when it has
// none).
func regressionSource(t *testing.T, r regression) (src, helper []byte) {
	t.Helper()
	p := r.prog.Clone()
	p.Pkg = r.name
	p.Path = ImportPrefix + "/regressions/" + r.pass + "/" + r.name
	NormalizeProgram(p)
	Render(p, r.doc)
	exp, err := ExpectStrict(p, Ideal)
	if err != nil {
		t.Fatal(err)
	}
	want := map[int][]string{}
	for _, d := range Sorted(exp.May) {
		if d.Pass != r.pass {
			continue
		}
		if !exp.Must[d] {
			t.Fatalf("%s/%s: %v is optional; a regression case needs one right answer", r.pass, r.name, d)
		}
		want[d.Line] = append(want[d.Line], regexp.QuoteMeta(d.Msg))
	}
	return RenderWant(p, r.doc, want), RenderHelpers(p)
}

// TestRegressionFiles checks that each case's file in testdata is what the
// program and the oracle say (-difftest.write rewrites them).
func TestRegressionFiles(t *testing.T) {
	root := filepath.Join(regressionDir(t), "src", ImportPrefix, "regressions")
	for _, r := range regressions {
		dir := filepath.Join(root, r.pass, r.name)
		src, helper := regressionSource(t, r)
		files := map[string][]byte{filepath.Join(dir, r.name+".go"): src}
		if helper != nil {
			files[filepath.Join(dir, "shutdown", "shutdown.go")] = helper
		}
		for file, src := range files {
			if *flagWrite {
				if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(file, src, 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			got, err := os.ReadFile(file)
			if err != nil {
				t.Fatalf("%v (run with -difftest.write)", err)
			}
			if !bytes.Equal(got, src) {
				t.Errorf("%s differs from regressions_test.go and the oracle; run go test -run TestRegressionFiles -difftest.write", file)
			}
		}
	}
}

// TestRegressions runs each case's pass over it with analysistest, each
// in a child test process killed after two minutes (a generous bound, as
// the suite also runs under -race on two cores): some cases made the
// engine hang.
func TestRegressions(t *testing.T) {
	for _, r := range regressions {
		t.Run(r.pass+"/"+r.name, func(t *testing.T) {
			t.Parallel()
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()
			cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^TestRegressionChild$", "-test.v")
			cmd.Env = append(os.Environ(), "DIFFTEST_REGRESSION="+r.pass+"/"+r.name)
			out, err := cmd.CombinedOutput()
			switch {
			case ctx.Err() != nil:
				t.Errorf("analysing %s/%s did not end within two minutes: the engine hangs\n%s", r.pass, r.name, tail(out))
			case err != nil:
				t.Errorf("%s/%s: %v\n%s", r.pass, r.name, err, out)
			}
		})
	}
}

// TestRegressionChild is TestRegressions' child process.
func TestRegressionChild(t *testing.T) {
	pass, name, ok := strings.Cut(os.Getenv("DIFFTEST_REGRESSION"), "/")
	if !ok {
		t.Skip("run by TestRegressions")
	}
	var a *analysis.Analyzer
	for _, x := range Analyzers {
		if x.Name == pass {
			a = x
		}
	}
	analysistest.Run(t, regressionDir(t), a, ImportPrefix+"/regressions/"+pass+"/"+name)
}

func tail(out []byte) string {
	lines := strings.Split(string(out), "\n")
	if len(lines) > 40 {
		lines = lines[len(lines)-40:]
	}
	return strings.Join(lines, "\n")
}
