package flow

import (
	"fmt"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"sort"
	"strings"

	"github.com/mapilint/mapilint/internal/model"
	"golang.org/x/tools/go/ssa"
)

// A Summary is the fact exported for a function that takes a support
// object: what it does to that object on each class of its paths. It lets
// a store in one package call a helper in another.
type Summary struct {
	SupportParam int // the parameter that is the support object
	Exits        []SummaryExit
	// States are the state parameters: pointers to a boolean or an
	// integer the caller keeps, such as &s.loggedOff (AnalyzeHelper);
	// Bools are the boolean ones, which decide SummaryExit.Entry.
	States, Bools []int
	// Writes are the values the function may store through them, on any
	// path: a StoreLogoff that passes its field makes it tracking state.
	Writes []ParamValue
	// Decrements is 1 + the parameter whose pointee the function
	// decrements by one, returning the new value (model.CountHelpers): a
	// reference-count helper a store of another package may use; 0 if
	// none.
	Decrements int
	// Returns is 1 + the parameter whose pointee the function returns
	// (model.Getters), 0 if none: a test of its result is a test of what
	// the caller passes.
	Returns int
}

// A SummaryExit is one class of the helper's paths.
type SummaryExit struct {
	SLT, Releases uint8
	Flags         model.Flags // origins of the flags it passes; FlagParam refers to its parameters
	Effect        bool
	// Entry is when the paths are possible: Fresh when every boolean
	// state parameter points to false at entry, LoggedOff when every one
	// points to true; 0 when the function tests none.
	Entry WorldSet
	// Leaves is what the paths leave in the state parameters they wrote.
	Leaves []ParamValue
	// Opaque: the paths passed a test of state the function cannot value
	// (an integer state parameter), so nothing is said about them.
	Opaque bool
}

// A ParamValue is a value stored through a parameter: a constant spelled
// as go/constant's ExactString, or "" when unknown.
type ParamValue struct {
	Param int
	Value string
}

// HarmlessSummary is the Summary of a function that does nothing the
// protocol cares about.
func HarmlessSummary() *Summary {
	return &Summary{SupportParam: -1, Exits: []SummaryExit{{}}}
}

// Harmless reports whether s (which may be nil) is HarmlessSummary.
func (s *Summary) Harmless() bool {
	if s == nil || s.SupportParam >= 0 || len(s.Exits) != 1 || len(s.Writes) > 0 {
		return false
	}
	e := s.Exits[0]
	return e.SLT == 0 && e.Releases == 0 && e.Flags == model.Flags{} && !e.Effect && !e.Opaque && len(e.Leaves) == 0
}

// AFact marks Summary as an analysis fact.
func (*Summary) AFact() {}

// String describes the summary for debugging and fact dumps.
func (s *Summary) String() string {
	var parts []string
	for _, e := range s.Exits {
		parts = append(parts, fmt.Sprintf("slt=%d release=%d effect=%t", e.SLT, e.Releases, e.Effect))
	}
	return fmt.Sprintf("support=p%d {%s}", s.SupportParam, strings.Join(parts, "; "))
}

// Summarize computes fn's Summary: what it does to the support object it
// takes and to the state its pointer parameters point to, or for a
// function with neither, that it is harmless. It returns nil when there is
// nothing to say. The engine calls it only for the functions
// model.NeedsSummary selects.
func Summarize(cfg *Config, fn *ssa.Function) *Summary {
	bound, sup := supportParam(cfg.Model, fn)
	if len(fn.Blocks) == 0 {
		return nil
	}
	res := AnalyzeHelper(cfg, fn, bound)
	if res.Incomplete {
		return nil // gave up: an unknown callee
	}
	states := stateParams(cfg.Model, fn, bound)
	if sup < 0 && len(states) == 0 {
		// Without a support object or state passed by pointer, a
		// helper matters only as harmless.
		for _, e := range res.Exits {
			if e.Tuple.Effect || e.Tuple.Escaped || e.Tuple.SLT > 0 || e.Tuple.Releases > 0 {
				return nil
			}
		}
		if len(res.Exits) == 0 {
			return nil
		}
		return HarmlessSummary()
	}
	sum := &Summary{SupportParam: sup, States: states}
	for _, i := range sum.States {
		if isBool(pointee(fn.Params[i])) {
			sum.Bools = append(sum.Bools, i)
		}
	}
	for _, w := range res.Writes {
		for _, i := range sum.States {
			if pv := (ParamValue{i, spell(w.value)}); w.Path == model.ParamPath(i) && !slices.Contains(sum.Writes, pv) {
				sum.Writes = append(sum.Writes, pv)
			}
		}
	}
	seen := map[string]bool{}
	// The flags of every call, constants and all (a path's tuple has only
	// their kinds).
	var called model.Flags
	for _, ev := range res.Calls() {
		called = called.Union(ev.Flags)
	}
	for _, e := range res.Exits {
		flags := called
		if e.Tuple.SLT == 0 {
			flags = model.Flags{}
		}
		x := SummaryExit{SLT: e.Tuple.SLT, Releases: e.Tuple.Releases, Flags: flags, Effect: e.Tuple.Effect || e.Tuple.Escaped, Opaque: e.Tuple.Opaque}
		for _, i := range sum.States {
			if v, ok := res.leaves(e.Tuple, model.ParamPath(i)); ok {
				x.Leaves = append(x.Leaves, ParamValue{i, spell(v)})
			}
		}
		if len(sum.Bools) > 0 {
			x.Entry = e.Tuple.World
		}
		k := fmt.Sprint(x)
		if !seen[k] {
			seen[k] = true
			sum.Exits = append(sum.Exits, x)
		}
	}
	sort.Slice(sum.Exits, func(i, j int) bool { return fmt.Sprint(sum.Exits[i]) < fmt.Sprint(sum.Exits[j]) })
	return sum
}

// spell is how a Summary carries a value stored through a parameter.
func spell(v value) string {
	if v.kind == kConst {
		return v.c.ExactString()
	}
	return ""
}

// unspell is the value spell spelt.
func unspell(s string) value {
	switch s {
	case "":
		return unknown
	case "true", "false":
		return boolVal(s == "true")
	}
	c := constant.MakeFromLiteral(s, token.INT, 0)
	if c.Kind() == constant.Unknown {
		return unknown
	}
	return value{kind: kConst, c: c}
}

// supportParam chooses the parameters a Summary is about. bound is the
// support object the analysis binds: the first parameter of a support
// shape. sup is the one the Summary reports on: bound, or without one the
// first parameter that otherwise carries the protocol (a store, such as
// the receiver of a method of a store that stores of other packages embed
// or hold, or a pointer to one), whose support object the helper reaches
// by its type; the analysis does not take that store for the support
// object, so calls of its own methods are followed. A value that only has
// Release (an IUnknown, an io.Closer-like interface) is neither: a store
// that hands its support object to such a parameter calls unknown code
// with it, and the engine stays silent about what follows
// (model.CarriesProtocol).
func supportParam(m *model.Model, fn *ssa.Function) (bound, sup int) {
	for i, p := range fn.Params {
		if m.IsSupport(p.Type()) {
			return i, i
		}
	}
	for i, p := range fn.Params {
		if m.CarriesProtocol(p.Type()) {
			return -1, i
		}
	}
	return -1, -1
}

// apply plays a callee's Summary at a call site.
func (a *analysis) apply(env *model.Env, sum *Summary, args []ssa.Value, s state, pos token.Pos) state {
	var sup model.Path
	if sum.SupportParam >= 0 && sum.SupportParam < len(args) {
		sup = env.Resolve(args[sum.SupportParam])
	}
	out := newState(s.len())
	if len(sum.Exits) == 0 {
		return out // never returns
	}
	var states map[int]model.Path // (read as unknown where unset)
	for _, i := range sum.States {
		if i < len(args) {
			if states == nil {
				states = map[int]model.Path{}
			}
			states[i] = env.Resolve(args[i])
		}
	}
	for _, pv := range sum.Writes {
		if p := states[pv.Param]; p.IsStoreField() {
			a.write(Write{Path: p, Pos: pos, value: unspell(pv.Value)})
		}
	}
	for t, w := range s.all() {
		for _, part := range a.entries(sum, states, t) {
			t, e := part.t, part.exit
			t2, w2 := t, w
			if e.Opaque {
				t2.Opaque = true
			}
			for _, pv := range e.Leaves {
				t2 = a.leave(t2, states[pv.Param], unspell(pv.Value))
			}
			if e.Effect && t2.SLT == 0 && !t2.Effect {
				t2.Effect, w2.Effect = true, pos
			}
			if e.SLT > 0 {
				flags := env.SubstArgs(e.Flags, args)
				a.event(EvSLT, pos, t2, w2, sup, flags)
				if t2.Releases > 0 {
					a.event(EvUse, pos, t2, w2, sup, model.Flags{})
				}
				if t2.SLT == 0 {
					w2.FirstSLT = pos
				}
				t2.SLT = add(t2.SLT, e.SLT)
				t2.Flags |= flags.Kinds
			}
			if e.Releases > 0 {
				a.event(EvRelease, pos, t2, w2, sup, model.Flags{})
				if t2.Releases == 0 {
					w2.FirstRelease = pos
				}
				t2.Releases = add(t2.Releases, e.Releases)
			}
			out.add(t2, w2)
		}
	}
	return out
}

// entries pairs t with each exit of sum it can take: an exit whose Entry
// is set only in the worlds where the caller's state the boolean state
// parameters point to holds the matching value. Where the caller cannot
// value that state, t takes every exit, made Opaque.
func (a *analysis) entries(sum *Summary, states map[int]model.Path, t Tuple) []entryExit {
	conditional := false // some exits need one entry value
	for _, e := range sum.Exits {
		conditional = conditional || (e.Entry != 0 && e.Entry != AnyWorld)
	}
	var out []entryExit
	if !conditional {
		for _, e := range sum.Exits {
			out = append(out, entryExit{t, e})
		}
		return out
	}
	for _, ws := range []WorldSet{Fresh, LoggedOff} {
		if t.World&ws == 0 {
			continue
		}
		tw := t
		tw.World = ws
		entry, known := a.entryWorld(sum, states, tw)
		for _, e := range sum.Exits {
			if e.Entry != 0 && e.Entry&entry == 0 {
				continue
			}
			if !known {
				tw.Opaque = true
			}
			out = append(out, entryExit{tw, e})
		}
	}
	return out
}

// entryExit is an exit of a Summary with the tuple that takes it.
type entryExit struct {
	t    Tuple
	exit SummaryExit
}

// entryWorld is the world in which the callee of sum starts, given what
// the boolean state parameters point to in the caller's tuple t (of one
// world): Fresh if all are false, LoggedOff if all are true; known is
// false, and the world AnyWorld, when the caller cannot tell or they
// disagree.
func (a *analysis) entryWorld(sum *Summary, states map[int]model.Path, t Tuple) (entry WorldSet, known bool) {
	entry = AnyWorld
	for _, i := range sum.Bools {
		p := states[i]
		if !p.Known() {
			return AnyWorld, false
		}
		ev := &evaluation{a: a, t: t, world: world{t.World, t.Count & -t.Count}}
		v := ev.load(p, types.Typ[types.Bool])
		if v.kind != kConst || v.c.Kind() != constant.Bool {
			return AnyWorld, false
		}
		if constant.BoolVal(v.c) {
			entry &= LoggedOff
		} else {
			entry &= Fresh
		}
	}
	if entry == 0 {
		return AnyWorld, false // (they disagree)
	}
	return entry, true
}

// leave notes that the paths left v in the caller's state field p.
func (a *analysis) leave(t Tuple, p model.Path, v value) Tuple {
	if !p.IsStoreField() {
		return t
	}
	i := a.slot(p, true)
	if i < 0 || i >= maxWritten {
		return t
	}
	t.Written[i], t.assumed[i] = a.mark(v), 0
	return t
}

// KeysFrom derives the tracking state from StoreLogoff's writes: every
// boolean or integer store field it assigns a constant or a bit to, every
// sync.Once it runs, valued as the writes leave it in source order. Writes
// of the caller's flags are the deferred protocol's saved flags, not
// tracking state; the reference count is not tracking state either.
func KeysFrom(writes []Write, refcount model.Path) []Key {
	writes = slices.Clone(writes)
	sort.SliceStable(writes, func(i, j int) bool { return writes[i].Pos < writes[j].Pos })
	var keys []Key
	index := map[model.Path]int{}
	for _, w := range writes {
		if w.Path == refcount || w.Flags.Kinds&model.FlagCaller != 0 {
			continue
		}
		i, ok := index[w.Path]
		if !ok {
			i = len(keys)
			index[w.Path] = i
			keys = append(keys, Key{Path: w.Path, Once: w.Once, Pos: w.Pos})
		}
		keys[i].value = then(keys[i].value, w.value)
	}
	var out []Key
	for _, k := range keys {
		k.zero = zeroOf(k.value)
		// A field StoreLogoff leaves as it found it tells nothing.
		if k.Once || k.value.kind == kUnknown || !sameValue(k.value, k.zero) {
			out = append(out, k)
		}
	}
	return out
}

func sameValue(x, y value) bool {
	switch {
	case x.kind != y.kind:
		return false
	case x.kind == kConst:
		return constant.Compare(x.c, token.EQL, y.c)
	case x.kind == kBits:
		return x.set == 0 && y.set == 0
	}
	return x == y
}

// then is what a field holds after write y follows x: a constant replaces,
// bit operations accumulate, and an unknown write is ignored when others
// are known.
func then(x, y value) value {
	switch {
	case y.kind == kBits && x.kind == kBits:
		return value{kind: kBits, set: (x.set &^ y.zero) | y.set, zero: (x.zero &^ y.set) | y.zero}
	case y.kind == kUnknown:
		return x
	}
	return y
}

// LoggedOffValue is what a tracking field holds once StoreLogoff has run:
// a constant, or (bits != 0) a set of bits that are then set.
func (k Key) LoggedOffValue() (c constant.Value, bits uint64, ok bool) {
	switch k.value.kind {
	case kConst:
		return k.value.c, 0, true
	case kBits:
		return nil, k.value.set, k.value.set != 0
	}
	return nil, 0, false
}
