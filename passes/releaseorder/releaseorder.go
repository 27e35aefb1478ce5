package releaseorder

import (
	"fmt"

	"github.com/mapilint/mapilint/internal/engine"
	"github.com/mapilint/mapilint/internal/fixes"
	"github.com/mapilint/mapilint/internal/flow"
	"github.com/mapilint/mapilint/internal/model"
	"github.com/mapilint/mapilint/internal/report"
	"golang.org/x/tools/go/analysis"
)

// Analyzer reports store Release implementations that do not release the
// support object on the final release, release it early or twice, or use
// it afterwards.
var Analyzer = &analysis.Analyzer{
	Name:     "releaseorder",
	Doc:      Doc,
	URL:      "https://github.com/mapilint/mapilint#releaseorder",
	Requires: []*analysis.Analyzer{engine.Analyzer},
	Run:      run,
}

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[engine.Analyzer].(*engine.Result)
	rep := report.New(pass, res.Uncertain()...)
	for _, st := range res.Stores {
		if st.Release != nil && st.Support.Known() {
			rep.Guard(st.Release.Fn, func() { check(pass, rep, st) })
		}
	}
	rep.Finish()
	return nil, nil
}

func check(pass *analysis.Pass, rep *report.Reporter, st *engine.Store) {
	fn := st.Release.Fn
	sup := st.SupportIn(fn)
	var releases []flow.Event
	for _, ev := range st.Release.Events {
		if ev.Before.Widened {
			if ev.Kind == flow.EvRelease {
				releases = append(releases, ev)
			}
			continue
		}
		switch ev.Kind {
		case flow.EvRelease:
			releases = append(releases, ev)
			if ev.Before.Releases > 0 {
				rep.Report(ev.Pos, fmt.Sprintf("the support object %s may be released twice on this path", sup),
					report.Related{Pos: ev.Witness.FirstRelease, Message: "first released here"})
			} else if st.MayNotBeFinal(ev.Before) {
				rep.Report(ev.Pos, fmt.Sprintf("the support object %s is released here although the reference count is not zero", sup))
			}
		case flow.EvUse:
			rep.Report(ev.Pos, fmt.Sprintf("%s is used after its Release", sup),
				report.Related{Pos: ev.Witness.FirstRelease, Message: sup + " is released here"})
		}
	}

	var missing []flow.Exit
	for _, e := range st.Release.Exits {
		if st.MayBeFinal(e.Tuple) && !st.CountUnknown && e.Tuple.Releases == 0 && !e.Tuple.Escaped && !e.Tuple.Opaque {
			missing = append(missing, e)
		}
	}
	if len(releases) == 0 {
		// "Never" needs every path followed: on a path the engine gave
		// up, code it cannot see may release.
		if len(missing) > 0 && !st.Release.AnyEscaped() {
			rep.Report(model.NamePos(fn), fmt.Sprintf("Release never releases the support object %s", sup))
		}
		return
	}
	// The release other paths make: one on exact paths, if there is one
	// (a release seen only on joined paths may be on no real path).
	var related []report.Related
	for _, ev := range releases {
		if !ev.Before.Widened {
			related = append(related, report.Related{Pos: ev.Pos, Message: "the support object is released here on other paths"})
			break
		}
	}
	for _, e := range missing {
		rep.ReportFix(e.Pos, fmt.Sprintf("Release returns here without releasing the support object %s", sup),
			fixes.ReleaseBefore(pass, st, e.Pos), related...)
	}
}
