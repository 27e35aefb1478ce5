// Package engine is the analyzer the three mapilint passes require. It
// finds the package's stores, runs the path engine on each store's
// StoreLogoff and Release, and exports helper summaries as facts. The
// passes only read its Result and word diagnostics.
package engine

import (
	"flag"
	"fmt"
	"go/token"
	"go/types"
	"reflect"
	"strings"

	"github.com/mapilint/mapilint/internal/flow"
	"github.com/mapilint/mapilint/internal/model"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
)

// Analyzer computes the Result for a package.
var Analyzer = &analysis.Analyzer{
	Name:       "mapiengine",
	Doc:        "find MAPI message store implementations and analyse their shutdown paths (used by the mapilint passes)",
	URL:        "https://github.com/mapilint/mapilint",
	Run:        run,
	ResultType: reflect.TypeFor[*Result](),
	FactTypes:  []analysis.Fact{(*flow.Summary)(nil)},
}

// harmless holds the -harmless flag: more functions or packages that may
// run before StoreLogoffTransports. The storelogoff pass, whose rule it
// tunes, registers it (drivers show only the passes' flags).
var harmless string

// gaveUp holds the -gaveup flag: report the functions whose analysis gave
// up. budget replaces the work budget when positive (tests set it,
// export_test.go).
var (
	gaveUp bool
	budget int
)

// ReportGaveUp reports whether the -gaveup flag asks to name the functions
// whose analysis passed its work budget.
func ReportGaveUp() bool { return gaveUp }

// RegisterFlags adds the engine's flags to a pass's flag set.
func RegisterFlags(fs *flag.FlagSet) {
	fs.BoolVar(&gaveUp, "gaveup", false,
		"also report each function whose analysis passed its work budget and was given up (nothing else is reported about it)")
	fs.StringVar(&harmless, "harmless", "",
		"comma-separated functions or packages that StoreLogoff may call before StoreLogoffTransports, "+
			`as go/ssa names them: "example.com/trace", "example.com/trace.Printf", "(*example.com/p.T).Close"`)
}

// Result lists the stores of a package, analysed.
type Result struct {
	Stores   []*Store
	Failures []Failure // panics caught; the storelogoff pass reports them
	// Costs are those of the path engine's runs on the package's
	// functions (stores and summaries).
	Costs []Cost
}

// A Store is one store implementation with its analysed functions.
type Store struct {
	*model.Store
	Logoff   *flow.Result // StoreLogoff, if found
	Release  *flow.Result // Release, if found
	Keys     []flow.Key   // the tracking state StoreLogoff sets
	Refcount model.Path   // the count Release decrements, if any
	// CountUnknown: Release tests something count-like that is not the
	// count found (model.CountLike), so which of its paths are final is
	// unknown, and nothing is said of what a final path misses.
	CountUnknown bool
	// KeysIncomplete: StoreLogoff's analysis lost deferred calls that may
	// write tracking state, or gave up, so Keys may miss some
	// (flow.Config.KeysIncomplete).
	KeysIncomplete bool
	Support        model.Path // the support object, as the calls name it
	SavedField     string     // deferred protocol: the field StoreLogoff saves its flags in
	SavePos        token.Pos  // deferred protocol: where it does
	// Constructions are where the store is built (deferred protocol only).
	Constructions []model.Construction
}

// Deferred reports whether the store follows the deferred protocol:
// StoreLogoff saves its flags in a field that Release passes on.
func (s *Store) Deferred() bool { return s.SavedField != "" }

// MayBeFinal reports whether paths in t may be the final release: there
// is no count, or the paths decremented it or tested it and it may be zero
// there; and no test of a second count found the store still held
// (Tuple.Held). A path that returns before it touches the count (a nil or
// invalid object turned away) is not the final release.
func (s *Store) MayBeFinal(t flow.Tuple) bool {
	if t.Held {
		return false
	}
	if !s.Refcount.Known() {
		return true
	}
	return t.Count&flow.CountZero != 0 && (t.Decremented || t.Count != flow.CountAny)
}

// MayNotBeFinal reports whether some paths in t may not be final: the
// count may still be positive there.
func (s *Store) MayNotBeFinal(t flow.Tuple) bool {
	return s.Refcount.Known() && t.Count&flow.CountPos != 0
}

// SupportIn renders the support object as fn's source names it.
func (s *Store) SupportIn(fn *ssa.Function) string { return s.Support.Render(fn) }

func run(pass *analysis.Pass) (any, error) {
	res := &Result{}
	res.guardPackage(pass, func() { analyze(pass, res) })
	return res, nil
}

// analyze finds the stores of pass's package and analyses them into res.
func analyze(pass *analysis.Pass, res *Result) {
	m := model.New(strings.Split(harmless, ","))
	summaries := func(obj *types.Func) *flow.Summary {
		var s flow.Summary
		if pass.ImportObjectFact(obj, &s) {
			return &s
		}
		return nil
	}
	m.CountHelper = func(fn *types.Func) (int, bool) {
		if s := summaries(fn); s != nil && s.Decrements > 0 {
			return s.Decrements - 1, true
		}
		return 0, false
	}
	if !model.Relevant(pass.Pkg, pass.Files) {
		if model.InGoroot(pass.Fset, pass.Files) {
			// The standard library's harmless packages are listed
			// (model.Model); summarising it all costs as much as
			// loading it.
			return
		}
		// No store here, but stores elsewhere may call these helpers.
		exportHarmless(pass, m, summaries, nil)
		exportPointerHelpers(pass, summaries)
		return
	}
	funcs := buildSSA(pass)
	base := &flow.Config{Model: m, Summaries: summaries,
		Observe: func(r *flow.Result) { res.Costs = append(res.Costs, costOf(r)) }, Budget: budget}

	// Summaries only where they can matter: a function gets the full
	// path engine's Summary only when it takes a value of a support or
	// store shape (model.NeedsSummary); the others, like the functions
	// of packages that are not relevant, get at most the harmless fact
	// HarmlessFuncs finds from syntax. A store that hands its support
	// object to one of them as some other type (a Release-only
	// interface) calls unknown code with it: silence, not a verdict.
	summarised := map[*types.Func]bool{}
	for _, fn := range funcs {
		if obj, ok := fn.Object().(*types.Func); ok && fn.Parent() == nil && m.NeedsSummary(obj) {
			summarised[obj] = true
			res.guard(fn, func() {
				if sum := flow.Summarize(base, fn); sum != nil {
					pass.ExportObjectFact(obj, sum)
				}
			})
		}
	}
	// After the Summaries, which calls from the other functions read.
	exportHarmless(pass, m, summaries, func(fn *types.Func) bool { return summarised[fn] })
	exportPointerHelpers(pass, summaries)

	for _, st := range m.FindStores(pass.Files, pass.TypesInfo, funcs) {
		fn := st.StoreLogoff
		if fn == nil {
			fn = st.Release
		}
		res.guard(fn, func() {
			res.Stores = append(res.Stores, analyzeStore(pass, base, st))
		})
	}
}

// A Cost is what one run of the path engine on a function cost.
type Cost struct {
	Pos        token.Pos    // the function's name
	Span       [2]token.Pos // the function's source, from its first to its last token
	Func       string
	Work, Size int  // flow.Result's
	Bounded    bool // some paths were joined to keep the bound
	Incomplete bool // it passed its budget and gave up
}

func costOf(r *flow.Result) Cost {
	c := Cost{Pos: model.NamePos(r.Fn), Func: r.Fn.String(), Work: r.Work, Size: r.Size, Bounded: r.Bounded, Incomplete: r.Incomplete}
	if syn := r.Fn.Syntax(); syn != nil {
		c.Span = [2]token.Pos{syn.Pos(), syn.End()}
	}
	return c
}

// Uncertain returns the source spans of the functions whose analysis joined
// paths to keep its bound or gave up: what is not reported there may only
// have been lost (report.New).
func (r *Result) Uncertain() [][2]token.Pos {
	var out [][2]token.Pos
	for _, c := range r.Costs {
		if c.Bounded || c.Incomplete {
			out = append(out, c.Span)
		}
	}
	return out
}

// exportHarmless exports the harmless fact for the functions of pass's
// package that HarmlessFuncs finds harmless from syntax, leaving out those
// decided has summarised.
func exportHarmless(pass *analysis.Pass, m *model.Model, summaries func(*types.Func) *flow.Summary, decided func(*types.Func) bool) {
	external := func(fn *types.Func) bool { return summaries(fn).Harmless() }
	for _, fn := range m.HarmlessFuncs(pass.Files, pass.TypesInfo, external, decided) {
		pass.ExportObjectFact(fn, flow.HarmlessSummary())
	}
}

// exportPointerHelpers adds to the Summary facts of pass's package which
// functions are reference-count helpers (model.CountHelpers) and getters
// of a pointer parameter's pointee (model.Getters), harmless otherwise
// when they have no fact yet.
func exportPointerHelpers(pass *analysis.Pass, summaries func(*types.Func) *flow.Summary) {
	helper := func(fn *types.Func, set func(*flow.Summary)) {
		sum := summaries(fn)
		if sum == nil {
			sum = flow.HarmlessSummary()
		}
		set(sum)
		pass.ExportObjectFact(fn, sum)
	}
	for fn, i := range model.CountHelpers(pass.Files, pass.TypesInfo) {
		helper(fn, func(s *flow.Summary) { s.Decrements = i + 1 })
	}
	for fn, i := range model.Getters(pass.Files, pass.TypesInfo) {
		helper(fn, func(s *flow.Summary) { s.Returns = i + 1 })
	}
}

// A Failure is a panic of the engine on one function, or on a whole
// package, caught so that the rest of the package and the other packages
// are still analysed.
type Failure struct {
	Pos   token.Pos // the function's name, or the package clause's
	Func  string    // the function, or "package" and the package path
	Panic string
}

// guard runs f, turning a panic into a Failure about fn.
func (r *Result) guard(fn *ssa.Function, f func()) {
	defer func() {
		if p := recover(); p != nil {
			r.Failures = append(r.Failures, Failure{Pos: model.NamePos(fn), Func: fn.String(), Panic: fmt.Sprint(p)})
		}
	}()
	f()
}

// guardPackage runs f, the analysis of pass's package into r. A panic
// outside the functions' own analysis (guard), in building SSA or in
// finding the stores, leaves nothing of the package to trust: one Failure
// about the package replaces what f found.
func (r *Result) guardPackage(pass *analysis.Pass, f func()) {
	defer func() {
		if p := recover(); p != nil {
			var pos token.Pos
			if len(pass.Files) > 0 {
				pos = pass.Files[0].Name.Pos()
			}
			*r = Result{Failures: []Failure{{Pos: pos, Func: "package " + pass.Pkg.Path(), Panic: fmt.Sprint(p)}}}
		}
	}()
	f()
}

func analyzeStore(pass *analysis.Pass, base *flow.Config, st *model.Store) *Store {
	s := &Store{Store: st}
	cfg := *base
	if st.Release != nil {
		cfg.Refcount = base.Model.Refcount(base.Model.TopEnv(st.Release, false))
		s.Refcount = cfg.Refcount
		s.CountUnknown = !s.Refcount.Known() && base.Model.CountLike(st.Release)
	}
	if st.StoreLogoff != nil {
		cfg.Opaque = base.Model.OpaqueChanges(base.Model.TopEnv(st.StoreLogoff, true))
		// A first run finds what StoreLogoff writes: its tracking state
		// and saved flags. Only when there is tracking state does a
		// second run, knowing it, tell which paths are a repeat call.
		first := flow.Analyze(&cfg, st.StoreLogoff, true)
		for _, w := range first.Writes {
			if w.Flags.Kinds&model.FlagCaller != 0 && s.SavePos == token.NoPos {
				s.SavedField, s.SavePos = w.Path.FieldName(), w.Pos
			}
		}
		for _, ev := range first.Calls() {
			if ev.Support.Known() {
				cfg.Support = ev.Support
				break
			}
		}
		cfg.Keys = flow.KeysFrom(first.Writes, cfg.Refcount)
		cfg.KeysIncomplete = first.DroppedWrites || first.Incomplete
		s.KeysIncomplete = cfg.KeysIncomplete
		s.Keys = cfg.Keys
		s.Logoff = first
		if len(cfg.Keys) > 0 {
			s.Logoff = flow.Analyze(&cfg, st.StoreLogoff, true)
		}
	}
	if st.Release != nil {
		s.Release = flow.Analyze(&cfg, st.Release, false)
	}
	s.Support = findSupport(base.Model, s)
	if s.SavedField != "" && !passesSaved(s.Release, s.SavedField) {
		s.SavedField, s.SavePos = "", token.NoPos // saved but never passed: not a protocol
	}
	if s.Deferred() && st.Type != nil {
		s.Constructions = model.Constructions(pass.Files, pass.TypesInfo, st.Type, s.SavedField)
	}
	return s
}

// passesSaved reports whether Release passes the saved field's flags to
// StoreLogoffTransports.
func passesSaved(r *flow.Result, field string) bool {
	if r == nil {
		return false
	}
	for _, ev := range r.Calls() {
		if ev.Flags.Kinds&model.FlagSaved != 0 && ev.Flags.Field == field {
			return true
		}
	}
	return false
}

// findSupport names the support object: where StoreLogoffTransports or a
// support Release is called, else the store's field of a support type.
func findSupport(m *model.Model, s *Store) model.Path {
	for _, r := range []*flow.Result{s.Logoff, s.Release} {
		if r == nil {
			continue
		}
		for _, ev := range r.Events {
			if ev.Support.Known() {
				return ev.Support
			}
		}
	}
	if s.Type != nil {
		if st, ok := model.StructOf(s.Type); ok {
			for i := 0; i < st.NumFields(); i++ {
				if m.IsSupport(st.Field(i).Type()) {
					return model.ParamPath(0).Field(st.Field(i).Name())
				}
			}
		}
	}
	return model.Path{}
}
