package flow

import (
	"fmt"
	"go/constant"
	"go/token"
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
}

// A SummaryExit is one class of the helper's paths.
type SummaryExit struct {
	SLT, Releases uint8
	Flags         model.Flags // origins of the flags it passes; FlagParam refers to its parameters
	Effect        bool
}

// HarmlessSummary is the Summary of a function that does nothing the
// protocol cares about.
func HarmlessSummary() *Summary {
	return &Summary{SupportParam: -1, Exits: []SummaryExit{{}}}
}

// Harmless reports whether s (which may be nil) is HarmlessSummary.
func (s *Summary) Harmless() bool {
	return s != nil && s.SupportParam < 0 && len(s.Exits) == 1 && s.Exits[0] == SummaryExit{}
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
// takes, or for a function without one, that it is harmless. It returns
// nil when there is nothing to say. The engine calls it only for functions
// that take a value of a support or store shape (model.NeedsSummary).
func Summarize(cfg *Config, fn *ssa.Function) *Summary {
	bound, sup := supportParam(cfg.Model, fn)
	if len(fn.Blocks) == 0 {
		return nil
	}
	res := AnalyzeHelper(cfg, fn, bound)
	if res.Incomplete {
		return nil // gave up: an unknown callee
	}
	if sup < 0 {
		// Without a support object a helper matters only as harmless.
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
	sum := &Summary{SupportParam: sup}
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
		x := SummaryExit{SLT: e.Tuple.SLT, Releases: e.Tuple.Releases, Flags: flags, Effect: e.Tuple.Effect || e.Tuple.Escaped}
		k := fmt.Sprint(x)
		if !seen[k] {
			seen[k] = true
			sum.Exits = append(sum.Exits, x)
		}
	}
	sort.Slice(sum.Exits, func(i, j int) bool { return fmt.Sprint(sum.Exits[i]) < fmt.Sprint(sum.Exits[j]) })
	return sum
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
	for t, w := range s.all() {
		for _, e := range sum.Exits {
			t2, w2 := t, w
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
