package flow

// The engine's cost bound. A tuple carries some path history (the guards
// passed, the pending deferred calls, what the path wrote and learnt of
// state fields), so the tuples that can reach one program point are not
// bounded by the property alone. Three things bound them by construction:
//
//   - at most maxTuples tuples are kept at any program point: past that,
//     tuples of one property class are joined by forgetting the history
//     they disagree on (join), and if that is not enough, all but the
//     first maxTuples-1 are joined into one Widened tuple, about which
//     nothing is reported;
//   - forgotten history widens toward silence: a field whose written or
//     learnt value was lost reads as an opaque guard, pending calls that
//     differ run none and mark the path Escaped, and the guards passed are
//     united (which can only widen an exemption);
//   - a work budget per analysed function, as a last guard: past
//     workPerInstr transfers per instruction of the code it reads, the
//     analysis gives up and its Result is Incomplete (nothing reported).

import (
	"cmp"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// WorkBound is the work, in tuple transfers, that an analysis reading size
// SSA instructions keeps within on any code: the claim the bound tests
// assert on testdata, the differential generator's programs and the
// adversarial generator's shapes (internal/engine/bound_test.go,
// internal/difftest).
func WorkBound(size int) int { return 4*maxTuples*size + 2000 }

// The work budget of one analysis, a last guard against a cost we did not
// foresee: workPerInstr tuple transfers per SSA instruction of the
// functions it reads, plus workBase, well above WorkBound.
const (
	workPerInstr = 4 * maxTuples * maxTuples
	workBase     = 100_000
)

// budgetExceeded is the panic that unwinds an analysis past its budget.
type budgetExceeded struct{}

// spend counts n tuple transfers and gives up past the budget.
func (a *analysis) spend(n int) {
	a.work += n
	budget := workPerInstr*a.size + workBase
	if a.cfg.Budget > 0 {
		budget = a.cfg.Budget
	}
	if a.work > budget {
		panic(budgetExceeded{})
	}
}

// read adds fn's instructions, once, to the size of the code the analysis
// reads.
func (a *analysis) read(fn *ssa.Function) {
	if a.sized[fn] {
		return
	}
	a.sized[fn] = true
	for _, b := range fn.Blocks {
		a.size += len(b.Instrs)
	}
}

// class is a tuple without what join may forget or widen toward silence
// without widening the rest: the history of the paths (how they got
// there rather than what they did) and whether they went where the engine
// cannot follow.
func (t Tuple) class() Tuple {
	t.guardsSeen, t.defers, t.deferOverflow, t.joined = 0, "", false, false
	t.Written, t.assumed = [maxWritten]uint8{}, [maxWritten]uint8{}
	t.Escaped, t.Opaque = false, false
	return t
}

// join is the least tuple, in the order of silence, that stands for the
// paths of x and of y: history they disagree on is forgotten, and if their
// classes differ the result is Widened.
func join(x, y Tuple) Tuple {
	if x == y {
		return x
	}
	z := x
	z.joined = true
	z.guardsSeen |= y.guardsSeen
	z.Escaped = x.Escaped || y.Escaped
	z.Opaque = x.Opaque || y.Opaque
	if x.defers != y.defers || x.deferOverflow != y.deferOverflow {
		// Which calls run at the return is no longer known: as for a
		// path that defers too many, none are followed.
		z.defers, z.deferOverflow, z.Escaped = "", true, true
	}
	for i := range z.Written {
		if x.Written[i] != y.Written[i] {
			z.Written[i] = writtenLost
		}
		if x.assumed[i] != y.assumed[i] {
			z.assumed[i] = writtenLost
		}
	}
	if x.class() == y.class() {
		return z
	}
	z.Widened, z.Escaped = true, true
	z.SLT, z.Releases = max(x.SLT, y.SLT), max(x.Releases, y.Releases)
	z.Flags |= y.Flags
	z.Effect = x.Effect || y.Effect
	z.Decremented = x.Decremented || y.Decremented
	z.Held = x.Held || y.Held
	z.Count |= y.Count
	z.World |= y.World
	if x.ForeignGuard != y.ForeignGuard || x.guardID != y.guardID {
		z.ForeignGuard, z.guardID = false, 0
	}
	return z
}

// widened is t with nothing reported about it: the paths it stands for
// read history lost in a join.
func (t Tuple) widened() Tuple {
	t.Widened, t.Escaped = true, true
	return t
}

// covers reports whether s already stands for t: t is in s, or a joined
// tuple of s is at least as wide. It returns the tuple that does (the
// first in compareTuples's order, so that witnesses merge the same way
// whatever the order the tuples came in).
func (s *tuples) covers(t Tuple) (Tuple, bool) {
	if s.find(t) >= 0 {
		return t, true
	}
	var by Tuple
	found := false
	for u := range s.all() {
		if u.joined && join(u, t) == u && (!found || compareTuples(u, by) < 0) {
			by, found = u, true
		}
	}
	return by, found
}

// bound joins the tuples of s down to maxTuples, deterministically: the
// result depends on the set, never on the order the tuples came in.
func (a *analysis) bound(s state) state {
	if s.len() <= maxTuples {
		return s
	}
	return a.boundInto(s, newState(maxTuples))
}

// boundInPlace is bound for a state the caller owns (a block's entry
// state, a return's exit state): the result reuses its storage.
func (a *analysis) boundInPlace(s state) {
	if s.len() > maxTuples {
		a.boundInto(s, s)
	}
}

// boundInto puts into, which may be s, what bound returns for s.
func (a *analysis) boundInto(s, into state) state {
	a.bounded = true
	// First forget history within each class.
	if a.byClass == nil {
		a.byClass = map[Tuple]int{}
	}
	clear(a.byClass)
	joined := a.joinBuf[:0]
	for t, w := range s.all() {
		c := t.class()
		if i, ok := a.byClass[c]; ok {
			a.noteDropped(joined[i].t, t)
			joined[i] = entry{join(joined[i].t, t), joined[i].w.merge(w)}
		} else {
			a.byClass[c] = len(joined)
			joined = append(joined, entry{t, w})
		}
	}
	a.joinBuf = joined
	slices.SortFunc(joined, func(x, y entry) int { return compareTuples(x.t, y.t) })
	into.reset()
	if len(joined) <= maxTuples {
		for _, e := range joined {
			into.add(e.t, e.w)
		}
		return into
	}
	// Then keep the first maxTuples-1 in a fixed order and widen the rest
	// into one. (Distinct classes: no two of joined are equal.)
	for _, e := range joined[:maxTuples-1] {
		into.add(e.t, e.w)
	}
	wide, w := joined[maxTuples-1].t, joined[maxTuples-1].w
	for _, e := range joined[maxTuples:] {
		a.noteDropped(wide, e.t)
		wide, w = join(wide, e.t), w.merge(e.w)
	}
	into.add(wide, w) // (tuples of different classes: Widened)
	return into
}

// noteDropped records that joining x and y drops pending deferred calls
// (they differ, and some are pending): calls that would have run at the
// return are then never seen (Result.DroppedCalls).
func (a *analysis) noteDropped(x, y Tuple) {
	if x.defers != y.defers && (x.defers != "" || y.defers != "") {
		a.dropped = true
		a.noteDroppedWrites(x.defers + y.defers)
	}
}

// noteDroppedWrites records that the pending deferred calls are dropped:
// if one may write store state, Result.DroppedWrites.
func (a *analysis) noteDroppedWrites(pending string) {
	for _, id := range pending {
		if a.defers[id].writes {
			a.droppedWrites = true
		}
	}
}

// compareTuples orders tuples: exact before joined, then field by field.
func compareTuples(x, y Tuple) int {
	b := func(v bool) int {
		if v {
			return 1
		}
		return 0
	}
	if c := cmp.Compare(b(x.joined), b(y.joined)); c != 0 {
		return c
	}
	for _, c := range []int{
		cmp.Compare(b(x.Widened), b(y.Widened)),
		cmp.Compare(x.SLT, y.SLT),
		cmp.Compare(x.Releases, y.Releases),
		cmp.Compare(x.Flags, y.Flags),
		cmp.Compare(b(x.Effect), b(y.Effect)),
		cmp.Compare(b(x.Decremented), b(y.Decremented)),
		cmp.Compare(b(x.Held), b(y.Held)),
		cmp.Compare(b(x.Opaque), b(y.Opaque)),
		cmp.Compare(b(x.ForeignGuard), b(y.ForeignGuard)),
		cmp.Compare(x.guardID, y.guardID),
		cmp.Compare(x.guardsSeen, y.guardsSeen),
		cmp.Compare(b(x.Escaped), b(y.Escaped)),
		cmp.Compare(x.Count, y.Count),
		cmp.Compare(x.World, y.World),
		slices.Compare(x.Written[:], y.Written[:]),
		slices.Compare(x.assumed[:], y.assumed[:]),
		cmp.Compare(x.defers, y.defers),
		cmp.Compare(b(x.deferOverflow), b(y.deferOverflow)),
	} {
		if c != 0 {
			return c
		}
	}
	return 0
}
