package abortflag

import (
	"fmt"
	"go/token"

	"github.com/mapilint/mapilint/internal/engine"
	"github.com/mapilint/mapilint/internal/fixes"
	"github.com/mapilint/mapilint/internal/flow"
	"github.com/mapilint/mapilint/internal/mapi"
	"github.com/mapilint/mapilint/internal/model"
	"github.com/mapilint/mapilint/internal/report"
	"golang.org/x/tools/go/analysis"
)

// Analyzer reports store Release implementations whose final path does not
// make exactly one guarded StoreLogoffTransports(LOGOFF_ABORT) call.
var Analyzer = &analysis.Analyzer{
	Name:     "abortflag",
	Doc:      Doc,
	URL:      "https://github.com/mapilint/mapilint#abortflag",
	Requires: []*analysis.Analyzer{engine.Analyzer},
	Run:      run,
}

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[engine.Analyzer].(*engine.Result)
	rep := report.New(pass, res.Uncertain()...)
	for _, st := range res.Stores {
		if st.Release == nil || st.Logoff == nil || !st.Support.Known() {
			continue
		}
		rep.Guard(st.Release.Fn, func() {
			if st.Deferred() {
				checkDeferred(rep, st)
			} else if len(st.Logoff.ExactCalls()) > 0 {
				// (When StoreLogoff never calls StoreLogoffTransports,
				// storelogoff reports it and there is no protocol for
				// Release to complete; when it calls only on paths the
				// bound joined, whether it calls is not known.)
				checkEager(pass, rep, st)
			}
		})
	}
	rep.Finish()
	return nil, nil
}

func checkEager(pass *analysis.Pass, rep *report.Reporter, st *engine.Store) {
	fn := st.Release.Fn
	slt := st.SupportIn(fn) + ".StoreLogoffTransports"
	anyCall := false
	// guards: the guards on the wrong state that guard a call on a final
	// path (Tuple.Guard); a path one of them made skip the call is that
	// guard's fault, reported here, not a missing call.
	var guards uint64
	for _, ev := range st.Release.Calls() {
		if !st.MayBeFinal(ev.Before) {
			continue
		}
		anyCall = true
		t := ev.Before
		if t.Widened {
			// Paths joined past the engine's bound: nothing is said of
			// the call, and any guard they passed may be one that
			// decides it.
			guards |= t.GuardsPassed()
			continue
		}
		if t.World&flow.LoggedOff != 0 && t.ForeignGuard {
			guards |= t.Guard()
		}
		switch {
		case t.SLT > 0:
			rep.Report(ev.Pos, fmt.Sprintf("%s may be called twice on this path", slt),
				report.Related{Pos: ev.Witness.FirstSLT, Message: "first called here"})
		case t.World&flow.LoggedOff != 0 && t.ForeignGuard:
			rep.Report(ev.Witness.Guard, fmt.Sprintf("this guard tests %s, which StoreLogoff never sets", model.StoreField(ev.Witness.GuardField).Render(fn)),
				report.Related{Pos: ev.Pos, Message: "it guards this StoreLogoffTransports call"})
		case t.World&flow.LoggedOff != 0 && !t.Opaque && !t.Escaped:
			rep.Report(ev.Pos, "StoreLogoffTransports here is not guarded by the state StoreLogoff sets, so it runs a second time after StoreLogoff",
				report.Related{Pos: st.Logoff.ExactCalls()[0].Pos, Message: "StoreLogoff calls it here"})
		}
		if ev.Flags.Only(model.FlagOther) {
			rep.Report(ev.Pos, fmt.Sprintf("Release passes %s to StoreLogoffTransports; it must pass LOGOFF_ABORT (0x8)", mapi.DescribeFlags(ev.Flags.Const)))
		}
	}
	var missing []flow.Exit
	for _, e := range st.Release.Exits {
		t := e.Tuple
		// Where the engine joined paths to keep its bound and dropped
		// deferred calls doing so, a call, and so the guard that exempts a
		// path that passed it, may be missing: such a path is not judged.
		exemptible := st.Release.DroppedCalls && t.GuardsPassed() != 0
		if st.MayBeFinal(t) && !st.CountUnknown && t.World&flow.Fresh != 0 && t.SLT == 0 && !t.Opaque && !t.Escaped && !t.Skipped(guards) && !exemptible {
			missing = append(missing, e)
		}
	}
	if len(missing) == 0 {
		return
	}
	// The fix inserts the guarded call before the support release of
	// every such path; it needs one on each.
	var fix *analysis.SuggestedFix
	var releases []token.Pos
	for _, e := range missing {
		releases = append(releases, e.Witness.FirstRelease)
		if !e.Witness.FirstRelease.IsValid() {
			releases = nil
			break
		}
	}
	if !anyCall && releases != nil {
		fix = fixes.AbortBefore(pass, st, releases)
	}
	rep.ReportFix(model.NamePos(fn), fmt.Sprintf("Release does not call %s(LOGOFF_ABORT) on a final path where StoreLogoff has not called it", slt), fix,
		report.Related{Pos: missing[0].Pos, Message: "this return is such a path"})
}

func checkDeferred(rep *report.Reporter, st *engine.Store) {
	fn := st.Release.Fn
	slt := st.SupportIn(fn) + ".StoreLogoffTransports"
	var saved *flow.Event
	calls := st.Release.Calls()
	for i, ev := range calls {
		if !st.MayBeFinal(ev.Before) {
			continue
		}
		if ev.Before.Widened {
			if ev.Flags.Kinds&model.FlagSaved != 0 && ev.Flags.Field == st.SavedField && saved == nil {
				saved = &calls[i]
			}
			continue
		}
		if ev.Before.SLT > 0 {
			rep.Report(ev.Pos, fmt.Sprintf("%s may be called twice on this path", slt),
				report.Related{Pos: ev.Witness.FirstSLT, Message: "first called here"})
		}
		if ev.Flags.Kinds&model.FlagSaved != 0 && ev.Flags.Field == st.SavedField {
			if saved == nil {
				saved = &calls[i]
			}
			if ev.Flags.Kinds&model.FlagAbort == 0 { // Release does not substitute abort
				for _, c := range st.Constructions {
					if c.Known && !mapi.IsAbort(c.Value) {
						rep.Report(ev.Pos, fmt.Sprintf("the saved flags %s are %s, not LOGOFF_ABORT, when StoreLogoff was never called",
							model.StoreField(st.SavedField).Render(fn), mapi.DescribeFlags(c.Value)),
							report.Related{Pos: c.Pos, Message: "the store is built here"})
					}
				}
			}
		}
	}
	if saved == nil {
		return
	}
	for _, e := range st.Release.Exits {
		t := e.Tuple
		if st.MayBeFinal(t) && !st.CountUnknown && t.SLT == 0 && !t.Opaque && !t.Escaped {
			rep.Report(saved.Pos, "StoreLogoffTransports with the saved flags is skipped on some final paths; the deferred protocol calls it exactly once",
				report.Related{Pos: e.Pos, Message: "this return skips it"})
			return
		}
	}
}
