// Package flow is mapilint's path engine. For one function it answers, on
// every path from entry to a normal return: how often StoreLogoffTransports
// is called on the support object and with which flags, whether the
// support object is released (and used after that), what the tracking
// state and the reference count are known to be there, and which store
// fields are written.
//
// It is a property simulation in the manner of ESP (Das, Lerner and Seigle,
// PLDI 2002): the state at each block is a set of small abstract tuples,
// merged at joins and refined at branches, so its cost is linear in the
// size of the function whatever the number of paths. Calls into the same
// package are analysed in place and memoised by entry tuple (a tabulated
// summary); calls into other packages use Summary facts.
package flow

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"github.com/mapilint/mapilint/internal/model"
	"golang.org/x/tools/go/ssa"
)

// CountSet is what a path knows of the reference count after Release
// decrements it.
type CountSet uint8

// Reference count classes.
const (
	CountZero CountSet = 1 << iota
	CountPos
	CountNeg
	CountAny = CountZero | CountPos | CountNeg
)

// WorldSet is what a path knows of the store's past: whether StoreLogoff
// has already called StoreLogoffTransports (as the tracking state says).
type WorldSet uint8

// Worlds.
const (
	Fresh     WorldSet = 1 << iota // StoreLogoff has not made the call
	LoggedOff                      // it has
	AnyWorld  = Fresh | LoggedOff
)

// A Tuple is the abstract state of one class of paths.
type Tuple struct {
	SLT         uint8           // StoreLogoffTransports calls so far: 0, 1, 2 (two or more)
	Releases    uint8           // support releases so far: 0, 1, 2
	Flags       model.FlagKinds // origins of the flags passed so far
	Effect      bool            // a call with effects ran before any StoreLogoffTransports
	Decremented bool            // the reference count has been decremented
	// Held: a test of a second count (model.HeldEdge) found the store
	// still held by something else, so the path is not the final release.
	Held   bool
	Opaque bool // the path passed a guard on store state the engine cannot read
	// ForeignGuard: the path passed a guard on a store field that is not
	// tracking state (Witness.Guard says where).
	ForeignGuard bool
	guardID      int32  // that guard and the edge taken: 1 + its index in analysis.guards
	guardsSeen   uint64 // the foreign guards the path passed, and by which edges, region ended or not (guardBit)
	Escaped      bool   // the store or its support went into code the engine cannot see
	// Widened: paths of different classes were joined here because a
	// program point held more than maxTuples (bound.go). Its counts are
	// upper bounds and its sets unions; nothing is reported about it.
	Widened bool
	// joined: the tuple stands for several joined ones (bound.go).
	joined  bool
	Count   CountSet
	World   WorldSet
	Written [maxWritten]uint8 // per tracking key: what this path wrote (see analysis.written)
	// assumed: per state field slot, what a test of an untracked boolean
	// field found on this path (same marks as Written), so that a second
	// test of the field goes the same way.
	assumed [maxWritten]uint8
	defers  string // pending deferred calls, indexes into analysis.defers
	// deferOverflow: the path deferred more than maxDefers calls.
	deferOverflow bool
}

// guardBit is the bit of guardsSeen for an edge of a guard (1 + its index
// in analysis.guards): a true edge has an even bit, its false edge the odd
// bit after it. Edges 64 apart share one, which can only widen an
// exemption.
func guardBit(id int32) uint64 {
	if id == 0 {
		return 0
	}
	return 1 << (uint(id-1) % 64)
}

// Guard is the bit of the foreign guard in force on the paths and of the
// edge they took there, or 0.
func (t Tuple) Guard() uint64 { return guardBit(t.guardID) }

// GuardsPassed is the bits (as Guard gives them) of every foreign guard
// edge the paths passed.
func (t Tuple) GuardsPassed() uint64 { return t.guardsSeen }

// Skipped reports whether the paths left one of guards (bits from Guard of
// the calls they guard) by its other edge, one that guards no such call:
// the guard made them skip the call.
func (t Tuple) Skipped(guards uint64) bool {
	const trueEdges = 0x5555555555555555
	other := (guards&trueEdges)<<1 | (guards&^trueEdges)>>1
	return t.guardsSeen&other&^guards != 0
}

// A Witness gives the places behind a Tuple: the first call, release and
// effect on the path, and the guard that made it opaque.
type Witness struct {
	FirstSLT, FirstRelease, Effect, Guard token.Pos
	GuardField                            string
}

func earliest(a, b token.Pos) token.Pos {
	if a == token.NoPos || (b != token.NoPos && b < a) {
		return b
	}
	return a
}

func (w Witness) merge(v Witness) Witness {
	w.FirstSLT = earliest(w.FirstSLT, v.FirstSLT)
	w.FirstRelease = earliest(w.FirstRelease, v.FirstRelease)
	w.Effect = earliest(w.Effect, v.Effect)
	if g := earliest(w.Guard, v.Guard); g != w.Guard {
		w.Guard, w.GuardField = g, v.GuardField
	}
	return w
}

// then prefers the caller's earlier places to those a callee adds.
func (w Witness) then(v Witness) Witness {
	pick := func(a, b token.Pos) token.Pos {
		if a != token.NoPos {
			return a
		}
		return b
	}
	w.FirstSLT = pick(w.FirstSLT, v.FirstSLT)
	w.FirstRelease = pick(w.FirstRelease, v.FirstRelease)
	w.Effect = pick(w.Effect, v.Effect)
	if w.Guard == token.NoPos {
		w.Guard, w.GuardField = v.Guard, v.GuardField
	}
	return w
}

// A state is the set of tuples at a program point, each with its witness.
// It is a short list (at most maxTuples entries between instructions,
// bound.go), searched in order, with an index only while it is long.
type state = *tuples

type tuples struct {
	es    []entry
	index map[Tuple]int // while len(es) > smallState
}

type entry struct {
	t Tuple
	w Witness
}

// smallState is the length past which a state keeps an index.
const smallState = 32

func newState(n int) state { return &tuples{es: make([]entry, 0, n)} }

// settle empties scratch, a state built for one transfer, and returns what
// it held: s itself when that is what s holds (a branch on a condition the
// paths do not decide passes them unchanged, and costs no allocation), or
// else a state of exactly that size.
func settle(scratch, s state) state {
	defer scratch.reset()
	if slices.Equal(scratch.es, s.es) {
		return s
	}
	out := newState(scratch.len())
	for _, e := range scratch.es {
		out.add(e.t, e.w)
	}
	return out
}

// reset empties s, keeping its storage.
func (s *tuples) reset() {
	s.es = s.es[:0]
	s.index = nil
}

// single is the state of one tuple.
func single(t Tuple, w Witness) state {
	s := newState(1)
	s.add(t, w)
	return s
}

func (s *tuples) len() int { return len(s.es) }

// find returns the position of t in s, or -1.
func (s *tuples) find(t Tuple) int {
	if s.index != nil {
		if i, ok := s.index[t]; ok {
			return i
		}
		return -1
	}
	for i := range s.es {
		if s.es[i].t == t {
			return i
		}
	}
	return -1
}

// add merges (t, w) into s and reports whether s grew.
func (s *tuples) add(t Tuple, w Witness) bool {
	if i := s.find(t); i >= 0 {
		if m := s.es[i].w.merge(w); m != s.es[i].w {
			s.es[i].w = m
			return true
		}
		return false
	}
	if cap(s.es) == 0 {
		s.es = make([]entry, 0, 4)
	}
	s.es = append(s.es, entry{t, w})
	if s.index != nil {
		s.index[t] = len(s.es) - 1
	} else if len(s.es) > smallState {
		s.index = make(map[Tuple]int, len(s.es))
		for i, e := range s.es {
			s.index[e.t] = i
		}
	}
	return true
}

// all yields the tuples of s and their witnesses, in the order added.
func (s *tuples) all() func(yield func(Tuple, Witness) bool) {
	return func(yield func(Tuple, Witness) bool) {
		for i := 0; i < len(s.es); i++ {
			if !yield(s.es[i].t, s.es[i].w) {
				return
			}
		}
	}
}

// A Key is a piece of tracking state: a store field that StoreLogoff
// writes, read in LoggedOff worlds as what StoreLogoff wrote and in Fresh
// worlds as its zero value; or a sync.Once that StoreLogoff runs.
type Key struct {
	Path  model.Path
	Once  bool
	Pos   token.Pos // a write in StoreLogoff
	value value     // as StoreLogoff leaves it
	zero  value
}

// Config is what the engine is told about the store before analysing one
// of its functions.
type Config struct {
	Model    *model.Model
	Keys     []Key      // tracking state, from StoreLogoff's writes
	Refcount model.Path // the reference count field, if Release keeps one
	// KeysIncomplete: StoreLogoff's analysis dropped deferred calls or
	// gave up, so Keys may miss what it writes: the paths through a guard
	// on a store field that is not a key are widened (nothing is said of
	// them), not guarded by the wrong state.
	KeysIncomplete bool
	// Support is the store's support object as StoreLogoff's calls name
	// it, if known: a Release of a support-typed value inside it (the
	// object a support wrapper wraps) is not its release.
	Support model.Path
	// Opaque is the store state StoreLogoff changes in ways the engine
	// cannot value: a guard reading it is opaque.
	Opaque    model.OpaqueState
	Summaries func(*types.Func) *Summary
	// Observe, if set, is told of every analysis the engine completes or
	// gives up, for cost accounting and the gave-up report.
	Observe func(*Result)
	// Budget, if positive, replaces the work budget (bound.go) by Budget
	// transfers in all: the tests' way to make an analysis give up.
	Budget int
	// stateParams are the pointees of a helper's state parameters
	// (AnalyzeHelper): written and tested as store fields are.
	stateParams []model.Path
}

// EventKind names what happened at an event.
type EventKind uint8

// Events.
const (
	EvSLT     EventKind = iota // a StoreLogoffTransports call
	EvRelease                  // a release of the support object
	EvUse                      // a use of the support object after its release
)

// An Event is something the function does at Pos on paths in state Before.
type Event struct {
	Kind    EventKind
	Pos     token.Pos
	Before  Tuple
	Witness Witness
	Support model.Path
	Flags   model.Flags // EvSLT
}

// A Write is an assignment to a store field.
type Write struct {
	Path  model.Path
	Pos   token.Pos
	Flags model.Flags // where the written value comes from, as flags
	Once  bool        // a sync.Once run
	value value
}

// An Exit is a class of paths reaching one return.
type Exit struct {
	Pos     token.Pos
	Tuple   Tuple
	Witness Witness
	Failure bool // the return reports failure: a non-nil error or a failing HRESULT
}

// Result is what the engine found in one function.
type Result struct {
	Fn     *ssa.Function
	Exits  []Exit
	Events []Event
	Writes []Write
	// Incomplete: the analysis passed its work budget and gave up; it
	// has no exits, events or writes, and nothing is reported about fn.
	Incomplete bool
	// Bounded: some program point held more than maxTuples tuples, so
	// paths were joined there (bound.go) and some verdicts may be silent.
	Bounded bool
	// DroppedCalls: a join dropped deferred calls still pending, so calls
	// (and the guards in force where they were deferred) may be missing
	// from Events.
	DroppedCalls bool
	// DroppedWrites: some of the deferred calls dropped (by a join, or
	// past maxDefers) may write store state, so Writes may miss some.
	DroppedWrites bool
	// Work is the tuple transfers the analysis made, Size the SSA
	// instructions of the functions it read (fn and what it inlined).
	Work, Size int
	// leaves gives what a path of an exit left in a state field (for a
	// helper, the pointee of a state parameter), if it wrote it.
	leaves func(Tuple, model.Path) (value, bool)
}

// AnyEscaped reports whether some path went where the engine cannot
// follow it (Tuple.Escaped), or the analysis gave up.
func (r *Result) AnyEscaped() bool {
	if r.Incomplete {
		return true
	}
	for _, e := range r.Exits {
		if e.Tuple.Escaped {
			return true
		}
	}
	return false
}

// ExactCalls returns the StoreLogoffTransports calls made on paths that
// were not widened (bound.go): calls known to be on some real path.
func (r *Result) ExactCalls() []Event {
	var out []Event
	for _, ev := range r.Calls() {
		if !ev.Before.Widened {
			out = append(out, ev)
		}
	}
	return out
}

// Calls returns the StoreLogoffTransports calls among the events.
func (r *Result) Calls() []Event {
	var out []Event
	for _, ev := range r.Events {
		if ev.Kind == EvSLT {
			out = append(out, ev)
		}
	}
	return out
}

// Analyze runs the engine on fn, a store's method or callback whose
// parameter 0 is the store. callerFlags marks StoreLogoff, whose integer
// parameters are the caller's flags.
func Analyze(cfg *Config, fn *ssa.Function, callerFlags bool) *Result {
	return run(cfg, cfg.Model.TopEnv(fn, callerFlags), Tuple{Count: CountAny, World: AnyWorld})
}

// AnalyzeHelper runs the engine on fn as a free-standing helper, for its
// Summary fact; parameter support, if not negative, is the support object.
//
// The pointees of its state parameters (stateParams) are its caller's
// state: a boolean one is a tracking key, false in the Fresh world and
// true in the LoggedOff one, so that the exits tell which entry value
// each class of paths needs; an integer one is written, and a test of it
// is opaque.
func AnalyzeHelper(cfg *Config, fn *ssa.Function, support int) *Result {
	env := &model.Env{Model: cfg.Model, Fn: fn}
	for i := range fn.Params {
		env.Params = append(env.Params, model.Binding{Val: model.ParamPath(i), Flags: model.Flags{Kinds: model.FlagParam, Param: i}, Support: i == support})
	}
	local := *cfg
	local.Keys = slices.Clone(cfg.Keys)
	local.stateParams = nil
	for _, i := range stateParams(cfg.Model, fn, support) {
		p := model.ParamPath(i)
		local.stateParams = append(local.stateParams, p)
		if isBool(pointee(fn.Params[i])) {
			local.Keys = append(local.Keys, Key{Path: p, value: boolVal(true), zero: boolVal(false)})
		}
	}
	return run(&local, env, Tuple{Count: CountAny, World: AnyWorld})
}

// stateParams returns the parameters of fn that point to a boolean or an
// integer, other than the support object and the flags it is given: the
// caller's state passed by pointer, as &s.loggedOff.
func stateParams(m *model.Model, fn *ssa.Function, support int) []int {
	var out []int
	for i, p := range fn.Params {
		if i == support || !model.IsStatePointer(p.Type()) || m.CarriesProtocol(p.Type()) {
			continue
		}
		out = append(out, i)
	}
	return out
}

// pointee is the type a pointer parameter points to.
func pointee(p *ssa.Parameter) types.Type { return p.Type().Underlying().(*types.Pointer).Elem() }

// isStateParam reports whether p is the pointee of a state parameter of
// the helper under analysis (AnalyzeHelper).
func (a *analysis) isStateParam(p model.Path) bool {
	return slices.Contains(a.cfg.stateParams, p)
}

func run(cfg *Config, env *model.Env, entry Tuple) (res *Result) {
	a := &analysis{
		cfg:      cfg,
		top:      env.Fn,
		res:      &Result{Fn: env.Fn},
		sink:     newSink(),
		memo:     map[memoKey]*frame{},
		replayed: map[replayKey]bool{},
		deferIDs: map[deferKey]int{},
		scratch:  [2]state{newState(maxTuples), newState(maxTuples)},
		postdoms: map[*ssa.Function][][]uint64{},
		guardIDs: map[guardSite]int32{},
		regions:  map[*ssa.BasicBlock][]bool{},
		slots:    map[model.Path]int{},
		stack:    map[*ssa.Function]bool{env.Fn: true},
		sized:    map[*ssa.Function]bool{},
	}
	defer func() {
		if p := recover(); p != nil {
			if _, ok := p.(budgetExceeded); !ok {
				panic(p)
			}
			a.res = &Result{Fn: env.Fn, Incomplete: true}
			res = a.res
		}
		res.Work, res.Size, res.Bounded, res.DroppedCalls, res.DroppedWrites = a.work, a.size, a.bounded, a.dropped, a.droppedWrites
		if cfg.Observe != nil {
			cfg.Observe(res)
		}
	}()
	for _, e := range a.function(env, single(entry, Witness{}), token.NoPos) {
		a.res.Exits = append(a.res.Exits, Exit{Pos: returnPos(e.ret), Tuple: e.t, Witness: e.w, Failure: isFailure(e.ret)})
	}
	a.res.Events, a.res.Writes = a.sink.events, a.sink.writes
	a.res.leaves = a.leaves
	return a.res
}

// leaves returns what t wrote into the state field p, if it did and the
// value is known.
func (a *analysis) leaves(t Tuple, p model.Path) (value, bool) {
	i := a.slot(p, false)
	if i < 0 || i >= maxWritten || t.Written[i] == 0 {
		return value{}, false
	}
	if m := t.Written[i]; m != writtenUnknown && m != writtenLost {
		return a.written[m-1], true
	}
	return unknown, true
}

// returnPos is where a return is: its statement, or for a function that
// falls off its end, the closing brace of its body.
func returnPos(ret *ssa.Return) token.Pos {
	if ret.Pos().IsValid() {
		return ret.Pos()
	}
	switch syn := ret.Parent().Syntax().(type) {
	case *ast.FuncDecl:
		return syn.Body.Rbrace
	case *ast.FuncLit:
		return syn.Body.Rbrace
	}
	return token.NoPos
}

// analysis is the engine's state while it analyses one function and the
// helpers it calls.
type analysis struct {
	cfg      *Config
	top      *ssa.Function
	res      *Result
	sink     *sink // where events and writes go (memo.go)
	memo     map[memoKey]*frame
	replayed map[replayKey]bool
	stack    map[*ssa.Function]bool
	defers   []deferSite
	deferIDs map[deferKey]int
	postdoms map[*ssa.Function][][]uint64
	guards   []guardSite                // the foreign guards met, by id - 1
	guardIDs map[guardSite]int32        // their ids
	regions  map[*ssa.BasicBlock][]bool // the blocks each guard's test decides (region)
	slots    map[model.Path]int         // Written slots of state fields that are not tracking keys
	// written holds the values paths wrote into tracking keys.
	written []value
	// work counts tuple transfers; size the instructions of the
	// functions read (sized), for the budget (bound.go).
	work, size int
	sized      map[*ssa.Function]bool
	bounded    bool // bound joined tuples
	dropped    bool // a join dropped pending deferred calls
	// droppedWrites: a dropped deferred call may write store state.
	droppedWrites bool
	// scratch holds the two edges' states while branch builds them, and
	// parts the tuples learn splits one into.
	scratch [2]state
	parts   []Tuple
	// byClass and joinBuf are bound's working storage.
	byClass map[Tuple]int
	joinBuf []entry
}

type deferKey struct {
	call  *ssa.Defer
	env   string
	guard deferGuard
}

// deferGuard is the foreign guard in force where a call was deferred: it,
// not the one in force at the return, decides whether the call runs.
type deferGuard struct {
	foreign    bool
	id         int32
	seen       uint64
	guardPos   token.Pos
	guardField string
}

type deferSite struct {
	env    *model.Env
	envKey string
	call   *ssa.Defer
	guard  deferGuard
	writes bool // the call may write store state (a helper, a sync.Once, an atomic, close)
}

type frameExit struct {
	t   Tuple
	w   Witness
	ret *ssa.Return
}

// maxDefers bounds the deferred calls a path follows: their sequences
// are part of the tuple, so a loop of several defer statements costs
// exponentially in it.
const maxDefers = 4

// maxInline bounds the depth of helpers analysed in place.
const maxInline = 8

// function runs the dataflow over one function's blocks to a fixed point
// and returns its exits. site, when set, is the place in the analysed
// top-level function that stands for everything inside.
func (a *analysis) function(env *model.Env, entry state, site token.Pos) []frameExit {
	fn := env.Fn
	if len(fn.Blocks) == 0 {
		return nil
	}
	a.read(fn)
	in := make([]state, len(fn.Blocks))
	for i := range in {
		in[i] = newState(0)
	}
	for t, w := range entry.all() {
		in[0].add(t, w)
	}
	dirty := make([]bool, len(fn.Blocks))
	dirty[0] = true
	exits := map[*ssa.Return]state{}
	order := fn.DomPreorder()
	for changed := true; changed; {
		changed = false
		for _, b := range order {
			if !dirty[b.Index] {
				continue
			}
			dirty[b.Index] = false
			// (No transfer changes the state it is given: each builds a
			// new one, or returns it unchanged.)
			s := a.leaveGuards(fn, b, in[b.Index])
			for _, instr := range b.Instrs {
				a.spend(s.len())
				s = a.bound(a.instr(env, instr, s, site))
			}
			flow := func(succ *ssa.BasicBlock, out state) {
				if merge(in[succ.Index], out) {
					a.boundInPlace(in[succ.Index])
					dirty[succ.Index] = true
					changed = true
				}
			}
			switch term := b.Instrs[len(b.Instrs)-1].(type) {
			case *ssa.If:
				yes, no := a.branch(env, term, s, site)
				flow(b.Succs[0], yes)
				flow(b.Succs[1], no)
			case *ssa.Jump:
				flow(b.Succs[0], s)
			case *ssa.Return:
				if exits[term] == nil {
					exits[term] = newState(0)
				}
				if merge(exits[term], s) {
					a.boundInPlace(exits[term])
				}
			}
		}
	}
	var out []frameExit
	for _, ret := range fn.Blocks {
		term, ok := ret.Instrs[len(ret.Instrs)-1].(*ssa.Return)
		if !ok || exits[term] == nil {
			continue // (a return no path reaches)
		}
		for t, w := range exits[term].all() {
			out = append(out, frameExit{t, w, term})
		}
	}
	return out
}

// merge adds the tuples of from to s, each unless s already covers it,
// and reports whether s changed.
func merge(s, from state) bool {
	grew := false
	if s.len() == 0 {
		s.es = slices.Grow(s.es, from.len())
	}
	for t, w := range from.all() {
		u, ok := s.covers(t)
		if !ok {
			u = t
		}
		if s.add(u, w) {
			grew = true
		}
	}
	return grew
}

// at is where an event inside a helper is reported: at the call of the
// helper in the analysed function.
func at(site, pos token.Pos) token.Pos {
	if site != token.NoPos {
		return site
	}
	return pos
}

// maxWritten bounds the state fields whose writes a path remembers.
const maxWritten = 6

// writtenUnknown marks a key overwritten with a value the engine does not
// know; writtenLost, in Written or assumed, one whose value the paths
// joined there disagreed on (bound.go); other non-zero marks are 1 + an
// index into analysis.written.
const (
	writtenUnknown = 255
	writtenLost    = 254
)

// isFailure reports whether a return reports failure: an error known not
// to be nil, or an integer constant with the HRESULT severity bit. A
// StoreLogoff path that fails before acting rejected the call.
func isFailure(ret *ssa.Return) bool {
	for _, r := range ret.Results {
		if isErrorType(r.Type()) {
			if nonNilError(r, 0) {
				return true
			}
			continue
		}
		if c, ok := storedResult(r).(*ssa.Const); ok && c.Value != nil {
			if u, ok := constVal(c.Value).asUint(); ok && u&0x80000000 != 0 {
				return true
			}
		}
	}
	return false
}

// nonNilError recognises errors that are certainly failures: sentinel
// variables, errors.New and fmt.Errorf results, concrete values, and
// values the function has tested against nil (if err != nil { return err }).
// The result of an arbitrary call may be nil and is a success here.
func nonNilError(v ssa.Value, depth int) bool {
	if depth > 8 {
		return false
	}
	switch v := v.(type) {
	case *ssa.Const:
		return !v.IsNil()
	case *ssa.MakeInterface:
		return true
	case *ssa.UnOp:
		if v.Op != token.MUL {
			break
		}
		switch x := v.X.(type) {
		case *ssa.Global:
			return true
		case *ssa.Alloc:
			// A result slot, filled before the deferred calls run.
			if st := lastStoreBefore(x, v); st != nil {
				return nonNilError(st.Val, depth+1)
			}
		}
	case *ssa.Call:
		if callee := v.Call.StaticCallee(); callee != nil {
			if name := callee.String(); name == "errors.New" || name == "fmt.Errorf" {
				return true
			}
		}
	case *ssa.Phi:
		for _, e := range v.Edges {
			if !nonNilError(e, depth+1) {
				return false
			}
		}
		return len(v.Edges) > 0
	}
	for _, r := range *v.Referrers() {
		if b, ok := r.(*ssa.BinOp); ok && (b.Op == token.EQL || b.Op == token.NEQ) {
			if c, ok := b.Y.(*ssa.Const); ok && c.IsNil() {
				return true
			}
		}
	}
	return false
}

// lastStoreBefore finds the store into a that precedes instr in its block.
// storedResult is the value a function that defers returns through its
// result slot (go/ssa stores it, runs the deferred calls, and returns a
// load of the slot), or v itself.
func storedResult(v ssa.Value) ssa.Value {
	if load, ok := v.(*ssa.UnOp); ok && load.Op == token.MUL {
		if slot, ok := load.X.(*ssa.Alloc); ok {
			if st := lastStoreBefore(slot, load); st != nil {
				return st.Val
			}
		}
	}
	return v
}

func lastStoreBefore(a *ssa.Alloc, instr ssa.Instruction) *ssa.Store {
	var last *ssa.Store
	for _, i := range instr.Block().Instrs {
		if i == instr {
			return last
		}
		if st, ok := i.(*ssa.Store); ok && st.Addr == a {
			last = st
		}
	}
	return nil
}

func isErrorType(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}
