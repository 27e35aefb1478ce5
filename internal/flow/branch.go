package flow

import (
	"go/constant"
	"go/token"
	"go/types"
	"math"

	"github.com/mapilint/mapilint/internal/model"
	"golang.org/x/tools/go/ssa"
)

// A world is one concrete situation a branch condition is evaluated in:
// whether StoreLogoff has run, and the class of the reference count.
type world struct {
	w WorldSet
	c CountSet
}

// evaluation carries what an evaluation of a condition ran into.
type evaluation struct {
	a       *analysis
	t       Tuple
	world   world
	foreign string // a store field the condition reads that is not tracking state
	opaque  string // a store method the condition calls that the engine cannot read
	// assumedRead: the condition read what the path learnt of a foreign
	// field at an earlier test.
	assumedRead bool
	// lost: the condition reads a field whose value joined paths
	// disagreed on (bound.go).
	lost bool
	// unlearnt is a foreign boolean field the condition reads that the path
	// knows nothing of yet (when hasUnlearnt).
	unlearnt    model.Path
	hasUnlearnt bool
	depth       int
}

// branch refines each tuple along the two edges of an If: a tuple goes
// down an edge in the worlds where the condition can take that value, and
// not at all where it cannot.
func (a *analysis) branch(env *model.Env, term *ssa.If, s state, site token.Pos) (onTrue, onFalse state) {
	yes, no := a.scratch[0], a.scratch[1]
	cond := condition{readsOpaque: a.cfg.Opaque.Reads(env, term.Cond)}
	if a.cfg.Refcount.Known() {
		cond.held = a.cfg.Model.HeldEdge(env, term.Cond, a.cfg.Refcount)
	}
	for t, w := range s.all() {
		a.parts = a.learn(env, term, t, a.parts[:0])
		for _, part := range a.parts {
			a.route(env, term, part, w, site, cond, yes, no)
		}
	}
	return settle(yes, s), settle(no, s)
}

// condition is what branch finds of an If's condition once, for every
// tuple: whether it reads state StoreLogoff changes in a way the engine
// cannot value (Config.Opaque), and which edge, if any, finds the store
// still held by a second count (model.HeldEdge).
type condition struct {
	readsOpaque bool
	held        int
}

// learn splits t by the value of each untracked boolean store field the
// condition reads that the path has not tested before, so that the path
// remembers what the test found: Go reads the same value at a second test,
// and a path that went one way at the first must not go the other at the
// second. Fields beyond the slots a tuple has stay unknown at each test.
// The resulting tuples are appended to parts.
func (a *analysis) learn(env *model.Env, term *ssa.If, t Tuple, parts []Tuple) []Tuple {
	ev := &evaluation{a: a, t: t, world: world{t.World & -t.World, t.Count & -t.Count}}
	ev.eval(env, term.Cond)
	if !ev.hasUnlearnt {
		return append(parts, t)
	}
	i := a.slot(ev.unlearnt, true)
	if i < 0 || i >= maxWritten {
		return append(parts, t)
	}
	yt, nt := t, t
	yt.assumed[i], nt.assumed[i] = a.mark(boolVal(true)), a.mark(boolVal(false))
	return a.learn(env, term, nt, a.learn(env, term, yt, parts))
}

// route sends one tuple down the edges its condition can take, in each of
// its worlds.
func (a *analysis) route(env *model.Env, term *ssa.If, t Tuple, w Witness, site token.Pos, cond condition, onTrue, onFalse state) {
	var yt, nt Tuple = t, t
	yt.World, yt.Count, nt.World, nt.Count = 0, 0, 0, 0
	foreign, opaque, lost := "", "", false
	for _, ws := range []WorldSet{Fresh, LoggedOff} {
		if t.World&ws == 0 {
			continue
		}
		for _, cs := range []CountSet{CountZero, CountPos, CountNeg} {
			if t.Count&cs == 0 {
				continue
			}
			ev := &evaluation{a: a, t: t, world: world{ws, cs}}
			r := ev.eval(env, term.Cond).truth()
			if r != no {
				yt.World |= ws
				yt.Count |= cs
			}
			if r != yes {
				nt.World |= ws
				nt.Count |= cs
			}
			if ev.foreign != "" && (r == maybe || ev.assumedRead) {
				foreign = ev.foreign
			}
			if r == maybe && ev.opaque != "" {
				opaque = ev.opaque
			}
			if r == maybe && cond.readsOpaque {
				opaque = "state"
			}
			lost = lost || (r == maybe && ev.lost)
		}
	}
	if foreign != "" && a.cfg.KeysIncomplete {
		// The field may be tracking state StoreLogoff writes in what
		// its analysis lost (a deferred call dropped in a join): which
		// worlds go which way is lost too, and nothing is said of them.
		lost, foreign = true, ""
	}
	if opaque != "" && !t.Opaque {
		yt.Opaque, nt.Opaque = true, true
	}
	switch cond.held {
	case model.TrueEdge:
		yt.Held = true
	case model.FalseEdge:
		nt.Held = true
	}
	if lost {
		yt, nt = yt.widened(), nt.widened()
	}
	if foreign != "" {
		gy := a.guard(guardSite{term.Block(), at(site, condPos(term)), foreign})
		gn := gy + 1 // the false edge
		yt.guardsSeen, nt.guardsSeen = t.guardsSeen|guardBit(gy), t.guardsSeen|guardBit(gn)
		if !t.ForeignGuard {
			yt.ForeignGuard, nt.ForeignGuard = true, true
			yt.guardID, nt.guardID = gy, gn
			w.Guard, w.GuardField = at(site, condPos(term)), foreign
		}
	}
	if yt.World != 0 {
		onTrue.add(yt, w)
	}
	if nt.World != 0 {
		onFalse.add(nt, w)
	}
}

func condPos(term *ssa.If) token.Pos {
	if p := term.Cond.Pos(); p.IsValid() {
		return p
	}
	if p := selectPos(term.Cond, 0); p.IsValid() {
		return p // the If go/ssa builds for a select has no position
	}
	return term.Pos()
}

// selectPos is the position of the select statement a condition tests
// the outcome of, if any.
func selectPos(v ssa.Value, depth int) token.Pos {
	if depth > 4 {
		return token.NoPos
	}
	switch v := v.(type) {
	case *ssa.Select:
		return v.Pos()
	case *ssa.Extract:
		return selectPos(v.Tuple, depth+1)
	case *ssa.BinOp:
		if p := selectPos(v.X, depth+1); p.IsValid() {
			return p
		}
		return selectPos(v.Y, depth+1)
	case *ssa.UnOp:
		return selectPos(v.X, depth+1)
	}
	return token.NoPos
}

func (ev *evaluation) eval(env *model.Env, v ssa.Value) value {
	if ev.depth > 16 {
		return unknown
	}
	ev.depth++
	defer func() { ev.depth-- }()
	switch v := v.(type) {
	case *ssa.Const:
		if v.Value == nil {
			return unknown
		}
		return constVal(v.Value)
	case *ssa.UnOp:
		switch v.Op {
		case token.NOT:
			return not(ev.eval(env, v.X))
		case token.MUL:
			return ev.load(env.Resolve(v), v.Type())
		}
	case *ssa.BinOp:
		return binary(v.Op, ev.eval(env, v.X), ev.eval(env, v.Y))
	case *ssa.Convert:
		return ev.eval(env, v.X)
	case *ssa.ChangeType:
		return ev.eval(env, v.X)
	case *ssa.Call:
		return ev.call(env, v)
	case *ssa.Extract:
		// A one-case select with a default on a channel StoreLogoff
		// closes: case 0 if closed, the default (-1) if not; unless
		// something sends on it (then the read is opaque).
		if sel, ok := v.Tuple.(*ssa.Select); ok && v.Index == 0 {
			if ch, ok := model.ClosedTest(sel); ok && !ev.a.cfg.Opaque.Mutated[env.Resolve(ch).Root()] {
				closed := ev.load(env.Resolve(ch), types.Typ[types.Bool])
				if closed.kind == kConst && closed.c.Kind() == constant.Bool {
					if constant.BoolVal(closed.c) {
						return constVal(constant.MakeInt64(0))
					}
					return constVal(constant.MakeInt64(-1))
				}
			}
		}
	}
	return unknown
}

// load is the value of a store field in the world under evaluation.
func (ev *evaluation) load(p model.Path, t types.Type) value {
	a := ev.a
	if _, ok := t.Underlying().(*types.Chan); ok {
		return unknown // (the channel itself; whether it is closed is a boolean)
	}
	if p.Known() && p == a.cfg.Refcount {
		var lo, hi int64
		switch ev.world.c {
		case CountZero:
			lo, hi = 0, 0
		case CountPos:
			lo, hi = 1, math.MaxInt64
		default:
			lo, hi = math.MinInt64, -1
		}
		if !ev.t.Decremented {
			lo, hi = addSat(lo, 1), addSat(hi, 1)
		}
		return rangeVal(lo, hi)
	}
	if i := a.slot(p, false); i >= 0 && i < maxWritten && (ev.t.Written[i] == writtenLost || ev.t.assumed[i] == writtenLost) {
		// Paths that disagreed on it were joined (bound.go): what
		// follows a test of it may contradict what came before, so the
		// paths are widened (nothing is said of them); a test of a field
		// that is not tracking state is still a foreign guard, whose
		// edges exempt the paths it turns away from a call.
		ev.lost = true
		if a.keyIndex(p) < 0 {
			ev.foreign = p.FieldName()
		}
		return unknown
	}
	if i := a.slot(p, false); i >= 0 && i < maxWritten && ev.t.Written[i] != 0 {
		// The function overwrote it.
		if m := ev.t.Written[i]; m != writtenUnknown {
			return a.written[m-1]
		}
		return unknown
	}
	if i := a.slot(p, false); i >= 0 && i < maxWritten && ev.t.assumed[i] != 0 {
		// An earlier test on the path found it.
		ev.foreign, ev.assumedRead = p.FieldName(), true
		return a.written[ev.t.assumed[i]-1]
	}
	for _, k := range a.cfg.Keys {
		if k.Path == p && !k.Once {
			if ev.world.w == LoggedOff {
				return k.value
			}
			return k.zero
		}
	}
	if a.isStateParam(p) {
		// An integer the caller keeps: its value at entry is unknown.
		ev.opaque = p.String()
		return unknown
	}
	if p.IsStoreField() && model.IsStateType(t) {
		ev.foreign = p.FieldName()
		if isBool(t) {
			ev.unlearnt, ev.hasUnlearnt = p, true
		}
	}
	return unknown
}

func isBool(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsBoolean != 0
}

// call evaluates atomic operations on tracking state and the count, and
// small same-package helpers that return one expression.
func (ev *evaluation) call(env *model.Env, call *ssa.Call) value {
	op := ev.a.cfg.Model.Classify(env, &call.Call, call)
	switch op.Kind {
	case model.OpAtomic:
		switch op.Atomic.Op {
		case "Load", "Swap":
			return ev.load(op.Key, call.Type())
		case "CompareAndSwap":
			if len(op.Atomic.Args) > 0 {
				return binary(token.EQL, ev.load(op.Key, call.Type()), ev.eval(env, op.Atomic.Args[0]))
			}
		case "Add":
			// (An add on anything but the count found is count-like:
			// not a read of state, CountUnknown says what is final.)
			if op.Key == ev.a.cfg.Refcount && ev.a.cfg.Refcount.Known() {
				saved := ev.t.Decremented
				ev.t.Decremented = true
				v := ev.load(op.Key, call.Type())
				ev.t.Decremented = saved
				return v
			}
		}
		return unknown
	case model.OpInline:
		if ret := model.OnlyReturn(op.Callee); ret != nil && len(ret.Results) == 1 && op.Bindings == nil {
			return ev.eval(env.CalleeEnv(op.Callee, op.Args, nil), ret.Results[0])
		}
	case model.OpExternal:
		// A getter of another package: what the argument points to.
		if obj, ok := op.Callee.Object().(*types.Func); ok && ev.a.cfg.Summaries != nil {
			if sum := ev.a.cfg.Summaries(obj); sum != nil && sum.Returns > 0 && sum.Returns <= len(op.Args) {
				return ev.load(env.Resolve(op.Args[sum.Returns-1]), call.Type())
			}
		}
	}
	// A method of the store we cannot read, or a function we cannot read
	// that is given the store or a pointer into its state: it may well
	// test the state.
	if callee := call.Call.StaticCallee(); callee != nil {
		for i, arg := range call.Call.Args {
			if p := env.Resolve(arg); p == model.ParamPath(0) && (i == 0 || len(callee.Blocks) == 0) ||
				p.IsStoreField() && len(callee.Blocks) == 0 && model.IsStatePointer(arg.Type()) {
				ev.opaque = callee.Name()
			}
		}
	}
	return unknown
}

// zeroOf is the value a tracking field has before StoreLogoff writes v.
func zeroOf(v value) value {
	switch {
	case v.kind == kBits:
		return value{kind: kBits, zero: v.set}
	case v.kind == kConst && v.c.Kind() == constant.Bool:
		return boolVal(false)
	case v.kind == kConst:
		return constVal(constant.MakeInt64(0))
	}
	return unknown
}
