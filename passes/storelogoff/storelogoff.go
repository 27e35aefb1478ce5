package storelogoff

import (
	"fmt"

	"github.com/mapilint/mapilint/internal/engine"
	"github.com/mapilint/mapilint/internal/flow"
	"github.com/mapilint/mapilint/internal/model"
	"github.com/mapilint/mapilint/internal/report"
	"golang.org/x/tools/go/analysis"
)

// Analyzer reports StoreLogoff implementations that do not begin by
// calling StoreLogoffTransports.
var Analyzer = &analysis.Analyzer{
	Name:     "storelogoff",
	Doc:      Doc,
	URL:      "https://github.com/mapilint/mapilint#storelogoff",
	Requires: []*analysis.Analyzer{engine.Analyzer},
	Run:      run,
}

func init() {
	engine.RegisterFlags(&Analyzer.Flags)
}

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[engine.Analyzer].(*engine.Result)
	rep := report.New(pass, res.Uncertain()...)
	for _, f := range res.Failures {
		rep.InternalError(f.Pos, f.Func, f.Panic)
	}
	if engine.ReportGaveUp() {
		named := map[string]bool{} // (a function may be analysed twice: as a store's and for its summary)
		for _, c := range res.Costs {
			if c.Incomplete && !named[c.Func] {
				named[c.Func] = true
				rep.Report(c.Pos, fmt.Sprintf("mapilint gave up analysing %s: it passed its work budget after %d steps over %d instructions; nothing is reported about it", c.Func, c.Work, c.Size))
			}
		}
	}
	for _, st := range res.Stores {
		if st.Logoff != nil {
			rep.Guard(st.StoreLogoff, func() { check(pass, rep, st) })
		}
	}
	rep.Finish()
	return nil, nil
}

func check(pass *analysis.Pass, rep *report.Reporter, st *engine.Store) {
	fn := st.StoreLogoff
	slt := st.SupportIn(fn) + ".StoreLogoffTransports"
	calls := st.Logoff.Calls()

	if st.Deferred() {
		for _, ev := range calls {
			rep.Report(ev.Pos, fmt.Sprintf("StoreLogoff calls %s but also saves its flags for Release: use the eager or the deferred protocol, not both", slt),
				report.Related{Pos: st.SavePos, Message: "the flags are saved here"})
		}
		return
	}

	if len(calls) == 0 {
		// "Never" needs every path followed: on a path the engine gave
		// up, code it cannot see may make the call.
		if st.Logoff.AnyEscaped() {
			return
		}
		for _, e := range st.Logoff.Exits {
			if shutdown(e) {
				rep.Report(model.NamePos(fn), "StoreLogoff never calls StoreLogoffTransports and does not save its flags for Release")
				return
			}
		}
		return
	}

	// The call other paths make: one on exact paths, if there is one (a
	// call seen only on joined paths may be on no real path).
	var related []report.Related
	if exact := st.Logoff.ExactCalls(); len(exact) > 0 {
		related = append(related, report.Related{Pos: exact[0].Pos, Message: "StoreLogoffTransports is called here on other paths"})
	}
	for _, e := range st.Logoff.Exits {
		if shutdown(e) && e.Tuple.SLT == 0 {
			rep.Report(e.Pos, fmt.Sprintf("StoreLogoff returns here without calling %s", slt), related...)
		}
	}
	for _, ev := range calls {
		if ev.Before.World == flow.LoggedOff || ev.Before.Widened {
			continue
		}
		if ev.Before.Effect && ev.Before.SLT == 0 {
			rep.Report(ev.Witness.Effect, fmt.Sprintf("call to %s runs before %s; StoreLogoff must begin with that call", report.Callee(pass, ev.Witness.Effect), slt),
				report.Related{Pos: ev.Pos, Message: "StoreLogoffTransports is called here"})
		}
		if ev.Before.SLT > 0 {
			rep.Report(ev.Pos, fmt.Sprintf("%s may be called twice on this path", slt),
				report.Related{Pos: ev.Witness.FirstSLT, Message: "first called here"})
		}
	}
}

// shutdown reports whether the paths of e are a shutdown the rule speaks
// of: not a rejected call (a failure returned before doing anything), not a second StoreLogoff after the first made
// the call, and nothing the engine could not follow.
func shutdown(e flow.Exit) bool {
	t := e.Tuple
	rejected := e.Failure && t.SLT == 0 && !t.Effect
	return !rejected && t.World != flow.LoggedOff && !t.Opaque && !t.Escaped
}
