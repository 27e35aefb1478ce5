package flow

import (
	"go/token"
	"go/types"
	"unicode/utf8"

	"github.com/mapilint/mapilint/internal/model"
	"golang.org/x/tools/go/ssa"
)

// The transfer functions: what one instruction does to the tuples.

// deferred runs a deferred call at a return under the foreign guard that
// was in force where it was deferred, then gives the paths back their own.
// (All tuples of s share their guard fields: RunDefers starts from one.)
func (a *analysis) deferred(d deferSite, s state, site token.Pos) state {
	var own deferGuard
	under := newState(s.len())
	for t, w := range s.all() {
		own = deferGuard{t.ForeignGuard, t.guardID, t.guardsSeen, w.Guard, w.GuardField}
		t.ForeignGuard, t.guardID, t.guardsSeen = d.guard.foreign, d.guard.id, d.guard.seen
		w.Guard, w.GuardField = d.guard.guardPos, d.guard.guardField
		under.add(t, w)
	}
	out := newState(s.len())
	for t, w := range a.call(d.env, &d.call.Call, d.call, under, site).all() {
		t.ForeignGuard, t.guardID, t.guardsSeen = own.foreign, own.id, own.seen
		w.Guard, w.GuardField = own.guardPos, own.guardField
		out.add(t, w)
	}
	return out
}

// instr applies one instruction to the state.
func (a *analysis) instr(env *model.Env, instr ssa.Instruction, s state, site token.Pos) state {
	switch i := instr.(type) {
	case *ssa.Call:
		return a.call(env, &i.Call, i, s, site)
	case *ssa.Go:
		return a.effect(s, at(site, i.Pos()))
	case *ssa.Defer:
		return a.deferCall(env, i, s)
	case *ssa.RunDefers:
		out := newState(s.len())
		for t, w := range s.all() {
			pending := []rune(t.defers)
			t.defers = ""
			if t.deferOverflow {
				t.deferOverflow = false
				pending = nil // which calls run, and in which order, is unknown
			}
			sub := single(t, w)
			for k := len(pending) - 1; k >= 0; k-- {
				d := a.defers[pending[k]]
				sub = a.deferred(d, sub, site)
			}
			for t2, w2 := range sub.all() {
				out.add(t2, w2)
			}
		}
		return out
	case *ssa.Store:
		return a.store(env, i, s, site)
	}
	return s
}

// deferCall adds a deferred call to each path's pending calls, with one id
// per defer statement, environment and guard in force, so that a defer in
// a loop reaches a fixed point.
func (a *analysis) deferCall(env *model.Env, d *ssa.Defer, s state) state {
	simple := true
	if _, ok := model.ClosedChan(&d.Call); ok {
		simple = false // defer close(s.done): it may set tracking state
	} else {
		switch a.cfg.Model.Classify(env, &d.Call, d).Kind {
		case model.OpHarmless:
			return s // defer s.mu.Unlock(): nothing to run at the return
		case model.OpInline, model.OpOnceDo, model.OpAtomic:
			simple = false
		}
	}
	envKey := env.Key()
	out := newState(s.len())
	for t, w := range s.all() {
		if simple && a.ranTwice(t.defers, d, envKey) {
			// A call on the support object or with effects: a third
			// run in a row changes no count (they stop at two), nor any
			// guard that matters (only a first StoreLogoffTransports
			// has one), so a loop deferring it costs two pending calls.
			out.add(t, w)
			continue
		}
		g := deferGuard{t.ForeignGuard, t.guardID, t.guardsSeen, w.Guard, w.GuardField}
		key := deferKey{d, envKey, g}
		id, ok := a.deferIDs[key]
		if !ok {
			id = len(a.defers)
			a.deferIDs[key] = id
			a.defers = append(a.defers, deferSite{env, envKey, d, g, !simple})
		}
		if utf8.RuneCountInString(t.defers) >= maxDefers || t.deferOverflow {
			// Too many to follow: the path cannot tell what runs at
			// its return, so it gives up there.
			a.noteDroppedWrites(t.defers + string(rune(id)))
			t.Escaped, t.deferOverflow, t.defers = true, true, ""
		} else {
			t.defers += string(rune(id))
		}
		out.add(t, w)
	}
	return out
}

// ranTwice reports whether the last two of the pending calls were deferred
// by d in the environment envKey.
func (a *analysis) ranTwice(pending string, d *ssa.Defer, envKey string) bool {
	p := []rune(pending)
	n := len(p)
	by := func(id rune) bool { return a.defers[id].call == d && a.defers[id].envKey == envKey }
	return n >= 2 && by(p[n-1]) && by(p[n-2])
}

// effect marks paths that have not yet called StoreLogoffTransports as
// having done something else first.
func (a *analysis) effect(s state, pos token.Pos) state {
	changes := false
	for t := range s.all() {
		changes = changes || (t.SLT == 0 && !t.Effect)
	}
	if !changes {
		return s // (most calls: a path that already made the call or had an effect)
	}
	out := newState(s.len())
	for t, w := range s.all() {
		if t.SLT == 0 && !t.Effect {
			t.Effect = true
			w.Effect = pos
		}
		out.add(t, w)
	}
	return out
}

// inc counts one more call, saturating at 2 ("two or more").
func inc(n uint8) uint8 { return add(n, 1) }

// add counts k more calls, saturating at 2.
func add(n, k uint8) uint8 { return min(n+k, 2) }

func (a *analysis) event(kind EventKind, pos token.Pos, t Tuple, w Witness, sup model.Path, flags model.Flags) {
	a.sink.event(Event{Kind: kind, Pos: pos, Before: t, Witness: w, Support: sup, Flags: flags})
}

func (a *analysis) call(env *model.Env, common *ssa.CallCommon, instr ssa.Instruction, s state, site token.Pos) state {
	op := a.cfg.Model.Classify(env, common, instr)
	pos := instr.Pos()
	if common.Pos().IsValid() {
		pos = common.Pos() // for defer and go, the call rather than the keyword
	}
	pos = at(site, pos)
	if ch, ok := model.ClosedChan(common); ok {
		// Closing a store channel sets it closed: a boolean tracking
		// state when StoreLogoff does it (model.OpaqueState.Closed).
		if p := env.Resolve(ch); p.IsStoreField() {
			a.write(Write{Path: p, Pos: pos, value: boolVal(true)})
			s = a.overwrite(s, p, boolVal(true))
		}
	}
	if op.Kind == model.OpRelease && a.cfg.Support.Known() && op.Support.Inside(a.cfg.Support) {
		// The Release of an object the support object wraps
		// (s.support.inner) is not the support object's own: it uses
		// the support object.
		op.Kind = model.OpUse
	}
	switch op.Kind {
	case model.OpHarmless:
		return s
	case model.OpSLT:
		out := newState(s.len())
		for t, w := range s.all() {
			gt, gw := a.guardedAt(t, w, instr.Block())
			a.event(EvSLT, pos, gt, gw, op.Support, op.Flags)
			if t.Releases > 0 {
				a.event(EvUse, pos, t, w, op.Support, model.Flags{})
			}
			if t.SLT == 0 {
				w.FirstSLT = pos
			}
			t.SLT = inc(t.SLT)
			t.Flags |= op.Flags.Kinds
			out.add(t, w)
		}
		return out
	case model.OpRelease:
		out := newState(s.len())
		for t, w := range s.all() {
			a.event(EvRelease, pos, t, w, op.Support, model.Flags{})
			if t.Releases == 0 {
				w.FirstRelease = pos
			}
			t.Releases = inc(t.Releases)
			out.add(t, w)
		}
		return a.effect(out, pos) // releasing it first is an effect too
	case model.OpUse:
		out := newState(s.len())
		for t, w := range s.all() {
			if t.Releases > 0 {
				a.event(EvUse, pos, t, w, op.Support, model.Flags{})
			}
			t.Escaped = t.Escaped || op.Escapes
			out.add(t, w)
		}
		return a.effect(out, pos)
	case model.OpAtomic:
		return a.atomic(env, op, common, s, pos)
	case model.OpOnceDo:
		return a.once(env, op, s, site, pos)
	case model.OpInline:
		return a.inline(env, op.Callee, op.Args, op.Bindings, s, site, instr.Pos())
	case model.OpExternal:
		if obj, ok := op.Callee.Object().(*types.Func); ok && a.cfg.Summaries != nil {
			if sum := a.cfg.Summaries(obj); sum != nil {
				return a.apply(env, sum, op.Args, s, pos)
			}
		}
	}
	// Unknown code: if it gets the store or its support object, it may
	// do the protocol's work for all we know.
	if a.reaches(env, common) {
		out := newState(s.len())
		for t, w := range s.all() {
			t.Escaped = true
			out.add(t, w)
		}
		s = out
	}
	return a.effect(s, pos)
}

// reaches reports whether a call hands the store or its support object
// to code the engine cannot see.
func (a *analysis) reaches(env *model.Env, common *ssa.CallCommon) bool {
	args := common.Args
	if common.IsInvoke() {
		args = append([]ssa.Value{common.Value}, args...)
	}
	if _, ok := a.cfg.Model.SupportArg(env, args); ok {
		return true
	}
	for _, arg := range args {
		if env.Resolve(arg) == model.ParamPath(0) {
			return true
		}
	}
	return false
}

func (a *analysis) store(env *model.Env, st *ssa.Store, s state, site token.Pos) state {
	path := env.ResolveAddr(st.Addr)
	if !path.IsStoreField() && !a.isStateParam(path) {
		return s
	}
	v := a.writtenValue(env, st.Val, path)
	a.write(Write{Path: path, Pos: at(site, st.Pos()), Flags: env.ValueFlags(st.Val, st), value: v})
	if path == a.cfg.Refcount && model.IsDecrement(env, st.Val, path) {
		return setDecremented(s)
	}
	if i := a.keyIndex(path); i >= 0 && v.kind == kBits {
		if k := a.cfg.Keys[i].value; k.kind == kBits && (v.set|v.zero)&(k.set|k.zero) == 0 {
			return s // other bits of a bitmask
		}
	}
	if !model.IsStateType(st.Val.Type()) {
		return s
	}
	return a.overwrite(s, path, v)
}

// overwrite notes that the paths wrote v into a state field: what they
// read of it afterwards is v in every world (for a tracking key, no longer
// a sign of whether StoreLogoff ran).
func (a *analysis) overwrite(s state, path model.Path, v value) state {
	i := a.slot(path, true)
	if i < 0 || i >= maxWritten {
		return s
	}
	mark := a.mark(v)
	out := newState(s.len())
	for t, w := range s.all() {
		t.Written[i], t.assumed[i] = mark, 0
		out.add(t, w)
	}
	return out
}

// mark returns the Written mark of v: 1 + its index in analysis.written,
// or writtenUnknown.
func (a *analysis) mark(v value) uint8 {
	if v.kind == kUnknown {
		return writtenUnknown
	}
	for j, x := range a.written {
		if sameValue(x, v) {
			return uint8(j + 1)
		}
	}
	if len(a.written) >= writtenLost-1 {
		return writtenUnknown
	}
	a.written = append(a.written, v)
	return uint8(len(a.written))
}

// keyIndex returns the index of the non-Once tracking key at path, or -1.
func (a *analysis) keyIndex(path model.Path) int {
	for i, k := range a.cfg.Keys {
		if k.Path == path && !k.Once {
			return i
		}
	}
	return -1
}

// slot returns where a path's Written remembers writes to a store field:
// the tracking keys first, then other state fields in the order they are
// first written (create), while there is room; -1 if nowhere.
func (a *analysis) slot(path model.Path, create bool) int {
	if i := a.keyIndex(path); i >= 0 {
		return i
	}
	if i, ok := a.slots[path]; ok {
		return i
	}
	if !create || path == a.cfg.Refcount {
		return -1
	}
	i := len(a.cfg.Keys) + len(a.slots)
	if i >= maxWritten {
		return -1
	}
	a.slots[path] = i
	return i
}

func (a *analysis) write(w Write) { a.sink.write(w) }

func setDecremented(s state) state {
	out := newState(s.len())
	for t, w := range s.all() {
		t.Decremented = true
		out.add(t, w)
	}
	return out
}

// writtenValue is what a write leaves in a tracking field: a constant, or
// for x |= bit the knowledge that bit is set.
func (a *analysis) writtenValue(env *model.Env, v ssa.Value, path model.Path) value {
	switch v := v.(type) {
	case *ssa.Const:
		return constVal(v.Value)
	case *ssa.BinOp:
		// x |= bit sets bits; x &^= bit clears them.
		if (v.Op == token.OR || v.Op == token.AND_NOT) && env.Resolve(v.X) == path {
			if c, ok := v.Y.(*ssa.Const); ok && c.Value != nil {
				if m, ok := constVal(c.Value).asUint(); ok {
					if v.Op == token.OR {
						return value{kind: kBits, set: m}
					}
					return value{kind: kBits, zero: m}
				}
			}
		}
	case *ssa.Convert:
		return a.writtenValue(env, v.X, path)
	case *ssa.ChangeType:
		return a.writtenValue(env, v.X, path)
	}
	return unknown
}

func (a *analysis) atomic(env *model.Env, op model.Op, common *ssa.CallCommon, s state, pos token.Pos) state {
	at := op.Atomic
	if !op.Key.IsStoreField() {
		return s
	}
	var written ssa.Value
	switch at.Op {
	case "Store", "Swap":
		if len(at.Args) > 0 {
			written = at.Args[0]
		}
	case "CompareAndSwap":
		if len(at.Args) > 1 {
			written = at.Args[1]
		}
	case "Add":
		if op.Key == a.cfg.Refcount && len(at.Args) > 0 && model.IsMinusOne(at.Args[0]) {
			return setDecremented(s)
		}
	}
	if written != nil {
		v := a.writtenValue(env, written, op.Key)
		a.write(Write{Path: op.Key, Pos: pos, Flags: env.ValueFlags(written, nil), value: v})
		if at.Op == "Store" {
			// (Swap and CompareAndSwap return what they read first;
			// their results are the guard.)
			return a.overwrite(s, op.Key, v)
		}
	}
	return s
}

// once runs f as sync.Once.Do would. When StoreLogoff runs the same Once,
// f runs only in worlds where StoreLogoff has not.
func (a *analysis) once(env *model.Env, op model.Op, s state, site, pos token.Pos) state {
	a.write(Write{Path: op.Key, Pos: pos, Once: true})
	run := func(s state) state {
		switch f := op.Func.(type) {
		case *ssa.MakeClosure:
			return a.inline(env, f.Fn.(*ssa.Function), nil, f.Bindings, s, site, pos)
		case *ssa.Function:
			return a.inline(env, f, nil, nil, s, site, pos)
		}
		return a.effect(s, pos)
	}
	if !a.isKey(op.Key, true) {
		return run(s)
	}
	fresh, done := newState(0), newState(0)
	for t, w := range s.all() {
		if t.World&Fresh != 0 {
			t2 := t
			t2.World = Fresh
			fresh.add(t2, w)
		}
		if t.World&LoggedOff != 0 {
			t.World = LoggedOff
			done.add(t, w)
		}
	}
	out := run(fresh)
	for t, w := range done.all() {
		out.add(t, w)
	}
	return out
}

func (a *analysis) isKey(p model.Path, once bool) bool {
	for _, k := range a.cfg.Keys {
		if k.Path == p && k.Once == once {
			return true
		}
	}
	return false
}

// inline analyses a same-package callee in place, memoised by its entry
// tuple, and returns the states at its returns.
func (a *analysis) inline(env *model.Env, callee *ssa.Function, args, bindings []ssa.Value, s state, site, callPos token.Pos) state {
	if len(callee.Blocks) == 0 {
		return s
	}
	if a.stack[callee] || len(a.stack) > maxInline {
		// Recursion, or too deep to follow: it may do anything.
		out := newState(s.len())
		for t, w := range s.all() {
			t.Escaped = true
			out.add(t, w)
		}
		return out
	}
	cenv := env.CalleeEnv(callee, args, bindings)
	// Everything inside a helper outside the analysed function happens,
	// for the report, at its call there: the helper is analysed once per
	// entry tuple at the placeholder site and its places moved there.
	csite, target := site, site
	if site == token.NoPos && !within(callee, a.top) {
		csite, target = helperSite, callPos
	}
	envKey := cenv.Key()
	out := newState(s.len())
	for t, w := range s.all() {
		// The caller's guard stays in force in the callee (which cannot
		// leave it); the guards passed start afresh, for the memo's sake.
		pending, guard, guardID, guardsSeen := t.defers, t.ForeignGuard, t.guardID, t.guardsSeen
		t.defers, t.guardsSeen = "", 0
		f := a.frame(memoKey{callee, envKey, t, csite}, cenv, a.guardWitness(t))
		a.replay(f, target, w)
		for _, e := range f.exits {
			et, ew := e.t, w.then(e.w.moved(target))
			// The callee's guard regions end with it; the caller's go
			// on, and the guards it passed count as passed.
			et.defers, et.ForeignGuard, et.guardID = pending, guard, guardID
			et.guardsSeen |= guardsSeen
			if et.Effect && !t.Effect && site == token.NoPos {
				// An effect inside a helper or closure is the call's.
				ew.Effect = callPos
			}
			out.add(et, ew)
		}
	}
	return out
}

// within reports whether fn is a function literal nested in top.
func within(fn, top *ssa.Function) bool {
	for ; fn != nil; fn = fn.Parent() {
		if fn == top {
			return true
		}
	}
	return false
}
