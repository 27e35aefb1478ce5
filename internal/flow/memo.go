package flow

// Tabulated helper analyses. A same-package helper is analysed once per
// entry tuple, wherever it is called from: what it does is recorded at a
// placeholder site (helperSite) and replayed at each call, its places moved
// to the call in the analysed function. So a helper called from many
// places costs its analysis once, plus a replay of its events per call.

import (
	"go/token"
	"math"

	"github.com/mapilint/mapilint/internal/model"
	"golang.org/x/tools/go/ssa"
)

// helperSite stands, inside the analysis of a helper outside the analysed
// function, for the place of its call there. It sorts after every real
// place, so a caller's own places win in witnesses.
const helperSite token.Pos = math.MaxInt

type memoKey struct {
	fn   *ssa.Function
	env  string
	t    Tuple
	site token.Pos // token.NoPos or helperSite
}

// A frame is one analysis of a helper from one entry tuple: its exits and
// the events and writes it made.
type frame struct {
	exits  []frameExit
	events []Event
	writes []Write
}

type replayKey struct {
	f      *frame
	target token.Pos
	caller Witness
}

// A sink collects events, one per kind, place and tuple, and writes.
type sink struct {
	events  []Event
	index   map[eventKey]int
	writes  []Write
	written map[Write]bool
}

type eventKey struct {
	kind EventKind
	pos  token.Pos
	t    Tuple
}

func newSink() *sink { return &sink{index: map[eventKey]int{}, written: map[Write]bool{}} }

func (s *sink) event(ev Event) {
	ev.Before.defers = ""
	k := eventKey{ev.Kind, ev.Pos, ev.Before}
	if i, ok := s.index[k]; ok {
		old := &s.events[i]
		old.Witness = old.Witness.merge(ev.Witness)
		old.Flags = old.Flags.Union(ev.Flags)
		return
	}
	s.index[k] = len(s.events)
	s.events = append(s.events, ev)
}

func (s *sink) write(w Write) {
	if !s.written[w] {
		s.written[w] = true
		s.writes = append(s.writes, w)
	}
}

// frame returns the memoised analysis of a helper, computing it on first
// use with the events and writes it makes kept apart.
func (a *analysis) frame(k memoKey, env *model.Env, entry Witness) *frame {
	if f, ok := a.memo[k]; ok {
		return f
	}
	outer := a.sink
	a.sink = newSink()
	a.stack[k.fn] = true
	exits := a.function(env, single(k.t, entry), k.site)
	delete(a.stack, k.fn)
	f := &frame{exits: exits, events: a.sink.events, writes: a.sink.writes}
	a.sink = outer
	a.memo[k] = f
	return f
}

// replay makes a frame's events and writes again, at target, once per
// calling witness: a second replay at the same place from the same
// places would add nothing. caller is the witness of the calling paths
// (the frame's entry tuple): the places it knows come before the helper's
// (an effect before the call), and the sink keeps the earliest over all
// the callers.
func (a *analysis) replay(f *frame, target token.Pos, caller Witness) {
	k := replayKey{f, target, caller}
	if a.replayed[k] {
		return
	}
	a.replayed[k] = true
	a.spend(len(f.events) + len(f.writes))
	for _, ev := range f.events {
		ev.Pos = move(ev.Pos, target)
		ev.Witness = caller.before(ev.Witness.moved(target))
		a.sink.event(ev)
	}
	for _, w := range f.writes {
		w.Pos = move(w.Pos, target)
		a.sink.write(w)
	}
}

// before is the witness of a helper's event v at a call from paths whose
// witness is w: the caller's first call, release and effect, when it has
// them, come first; the guard is the helper's (the caller's own may be
// one whose region ended before the call, guardWitness).
func (w Witness) before(v Witness) Witness {
	g, field := v.Guard, v.GuardField
	v = w.then(v)
	v.Guard, v.GuardField = g, field
	return v
}

// move puts a place recorded at helperSite at target.
func move(p, target token.Pos) token.Pos {
	if p == helperSite {
		return target
	}
	return p
}

// moved is w with its places at helperSite put at target.
func (w Witness) moved(target token.Pos) Witness {
	w.FirstSLT = move(w.FirstSLT, target)
	w.FirstRelease = move(w.FirstRelease, target)
	w.Effect = move(w.Effect, target)
	w.Guard = move(w.Guard, target)
	return w
}
