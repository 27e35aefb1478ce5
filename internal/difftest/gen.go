package difftest

import (
	"fmt"
	"hash/fnv"
	"math/rand/v2"
)

// Source supplies the generator's choices.
type Source interface {
	// IntN returns a number in [0, n); n > 0.
	IntN(n int) int
}

// SeedSource is a Source from a seed.
func SeedSource(seed int64) Source {
	return rand.New(rand.NewPCG(uint64(seed), 0x6d61_7069_6c69_6e74))
}

// byteSource takes its choices from bytes (so a fuzzer's mutations of the
// bytes are mutations of the program), then from a generator seeded by
// them.
type byteSource struct {
	data []byte
	rest *rand.Rand
}

// BytesSource is a Source that reads choices from data, one byte each,
// and continues pseudo-randomly (seeded by seed and data) when they run
// out.
func BytesSource(seed int64, data []byte) Source {
	h := fnv.New64a()
	h.Write(data)
	return &byteSource{data: data, rest: rand.New(rand.NewPCG(uint64(seed), h.Sum64()))}
}

func (b *byteSource) IntN(n int) int {
	if len(b.data) > 0 {
		v := int(b.data[0]) % n
		b.data = b.data[1:]
		return v
	}
	return b.rest.IntN(n)
}

// Limits of generated programs: small enough for the oracle to enumerate
// every path.
const (
	maxDepth = 3  // nesting of if, switch and for
	maxStmts = 12 // statements per function (compound ones count once per level)
	maxIter  = 3  // loop iterations the oracle tries: 0..maxIter
)

// Config selects what the generator may produce.
type Config struct {
	// DeferInLoop allows defer statements inside for loops (the engine
	// once did not terminate on them: regressions/storelogoff/deferloop).
	DeferInLoop bool
	// Counts: reference counts kept by atomics, helpers, promoted methods,
	// helpers three and four calls deep, and behind an interface
	// (CountStyle), not only by s.refs-- in Release.
	Counts bool
	// Signals: state kept in a channel StoreLogoff closes, which the
	// engine values, or in what it cannot value (SignalStyle): KSignal in
	// StoreLogoff, CondSignal tests, and CondMethod, a store method it
	// cannot read.
	Signals bool
	// Wrappers: calls of another store (KForward) and a wrapper type in
	// front of one, forwarding or not.
	Wrappers bool
	// PtrHelpers: tracking state passed by pointer to same-package helpers
	// (KPtrLogoff, KPtrAbort, markDone, isSet).
	PtrHelpers bool
	// CrossPackage puts the pointer helpers of some programs in another
	// package (Program.CrossPkg), which the engine follows through their
	// Summary facts (README "State passed by pointer").
	CrossPackage bool
	// VarFlags: flags read from package variables, constant in practice
	// or not (FlagsVarAbort ... FlagsVarAddr).
	VarFlags bool
}

// DefaultConfig is what the fixed-seed test and the fuzz target generate.
var DefaultConfig = Config{DeferInLoop: true, Counts: true, Signals: true, Wrappers: true, PtrHelpers: true, CrossPackage: true, VarFlags: true}

type generator struct {
	cfg     Config
	loops   int // enclosing loops
	src     Source
	logoff  bool // generating StoreLogoff
	wrapper bool // generating the wrapper's methods
	signal  SignalStyle
	budget  int
	labels  int
	// open labels: for each enclosing list, labels it will place after
	// the statement being generated; nested statements may goto them.
	open []int
	used map[int]bool
}

func (g *generator) intn(n int) int { return g.src.IntN(n) }

func (g *generator) chance(num, den int) bool { return g.intn(den) < num }

// Generate returns a random program named pkg, with DefaultConfig.
func Generate(src Source, pkg string) *Program {
	return DefaultConfig.Generate(src, pkg)
}

// Generate returns a random program named pkg.
func (cfg Config) Generate(src Source, pkg string) *Program {
	p := &Program{Pkg: pkg}
	if cfg.Signals && src.IntN(2) == 0 {
		p.Signal = SignalStyle(1 + src.IntN(int(numSignals)-1))
	}
	p.Logoff = cfg.genFunc(src, "StoreLogoff", p.Signal, false)
	p.Release = cfg.genFunc(src, "Release", p.Signal, false)
	if cfg.Counts && p.Refcounted() && src.IntN(3) < 2 {
		p.Count = CountStyle(1 + src.IntN(int(numCountStyles)-1))
	}
	if cfg.Wrappers && src.IntN(5) == 0 {
		p.WrapLogoff = cfg.genFunc(src, "StoreLogoff", SigNone, true)
		p.WrapRelease = cfg.genFunc(src, "Release", SigNone, true)
		if src.IntN(4) > 0 && !forwards(p.WrapLogoff) {
			// Mostly a wrapper that forwards; sometimes a fake store.
			p.WrapLogoff.Body = append([]*Stmt{{Kind: KForward}}, p.WrapLogoff.Body...)
		}
	}
	if cfg.CrossPackage && p.usesPtr() && src.IntN(2) == 0 {
		p.CrossPkg = true
	}
	NormalizeProgram(p)
	return p
}

func (cfg Config) genFunc(src Source, role string, signal SignalStyle, wrapper bool) *Func {
	g := &generator{cfg: cfg, src: src, logoff: role == "StoreLogoff", wrapper: wrapper, signal: signal, used: map[int]bool{}}
	f := &Func{Role: role, Wrapper: wrapper}
	g.budget = 3 + g.intn(maxStmts-2)
	if wrapper {
		g.budget = 2 + g.intn(5)
	}
	if g.chance(1, 2) && !wrapper {
		f.Body = g.skeleton()
		g.mutate(f)
	} else {
		if !g.logoff && g.chance(1, 2) {
			f.Body = append(f.Body, &Stmt{Kind: KDec})
		}
		f.Body = append(f.Body, g.list(1, !g.logoff && len(f.Body) > 0)...)
	}
	Normalize(f)
	g.trim(f)
	return f
}

// trim enforces the limits mutation and label placement may exceed:
// it flattens compound statements nested too deep and deletes statements
// while there are too many.
func (g *generator) trim(f *Func) {
	for {
		var deep []site
		var visit func(l *[]*Stmt, depth int)
		visit = func(l *[]*Stmt, depth int) {
			for i, s := range *l {
				if len(s.Lists()) > 0 && depth > maxDepth {
					deep = append(deep, site{l, i})
				}
				for _, sub := range s.Lists() {
					visit(sub, depth+1)
				}
			}
		}
		visit(&f.Body, 1)
		switch all := sites(f); {
		case len(deep) > 0:
			reduce(deep[0], 1) // replace by its first list
		case countStmts(f) > maxStmts:
			reduce(all[g.intn(len(all))], 0) // delete
		default:
			return
		}
		Normalize(f)
	}
}

// countStmts counts a function's statements (labels aside).
func countStmts(f *Func) int {
	n := 0
	walk(f.Body, func(s *Stmt) {
		if s.Kind != KLabel {
			n++
		}
	})
	return n
}

// depthOf is the nesting depth of a function's compound statements.
func depthOf(l []*Stmt) int {
	d := 0
	for _, s := range l {
		for _, sub := range s.Lists() {
			d = max(d, 1+depthOf(*sub))
		}
	}
	return d
}

// skeleton is a correct implementation of the role, which mutate then
// breaks (or not): near-correct programs test for false positives.
func (g *generator) skeleton() []*Stmt {
	// The tracking test: the field, through a pointer helper, or the
	// signal state (valued for a channel StoreLogoff closes, an opaque
	// guard otherwise).
	tracking := func(not bool) Cond {
		switch {
		case g.signal != SigNone && g.chance(1, 2):
			return Cond{Kind: CondSignal, Not: not}
		case g.cfg.PtrHelpers && g.chance(1, 4):
			return Cond{Kind: CondTracking, Not: not, Ptr: true}
		}
		return Cond{Kind: CondTracking, Not: not}
	}
	if g.logoff {
		var body []*Stmt
		if g.chance(2, 3) {
			body = append(body, &Stmt{Kind: KIf, Cond: tracking(false), Then: []*Stmt{{Kind: KReturn}}})
		}
		if g.cfg.PtrHelpers && g.chance(1, 3) {
			body = append(body, &Stmt{Kind: KPtrLogoff})
		} else {
			body = append(body, &Stmt{Kind: KSLT, Flags: FlagsCaller},
				&Stmt{Kind: KSetTracking, Ptr: g.cfg.PtrHelpers && g.chance(1, 4)})
		}
		if g.signal != SigNone {
			body = append(body, &Stmt{Kind: KSignal})
		}
		body = append(body, &Stmt{Kind: KClose}, &Stmt{Kind: KReturn})
		return body
	}
	var body []*Stmt
	if g.chance(1, 2) {
		op := []string{">", "!="}[g.intn(2)]
		body = append(body, &Stmt{Kind: KDec},
			&Stmt{Kind: KIf, Cond: Cond{Kind: CondRefcount, Op: op}, Then: []*Stmt{{Kind: KReturn}}})
	}
	abort := FlagsAbort
	if g.cfg.VarFlags && g.chance(1, 4) {
		abort = FlagsVarAbort
	}
	switch {
	case g.cfg.PtrHelpers && g.chance(1, 4):
		body = append(body, &Stmt{Kind: KPtrAbort})
	case g.chance(1, 2):
		body = append(body, &Stmt{Kind: KIf, Cond: tracking(true),
			Then: []*Stmt{{Kind: KSLT, Flags: abort}}})
	default:
		body = append(body, &Stmt{Kind: KIf, Cond: tracking(false),
			Then: []*Stmt{{Kind: KRelease}, {Kind: KReturn}}},
			&Stmt{Kind: KSLT, Flags: abort})
	}
	if g.chance(1, 3) {
		body = append([]*Stmt{{Kind: KDefer, Call: KRelease}}, body...)
		if body[1].Kind == KDec { // keep the decrement first
			body[0], body[1] = body[1], body[0]
		}
	} else {
		body = append(body, &Stmt{Kind: KRelease})
	}
	return append(body, &Stmt{Kind: KReturn})
}

// mutate applies a few random edits to a skeleton.
func (g *generator) mutate(f *Func) {
	n := g.intn(4)
	for range n {
		var lists []*[]*Stmt
		lists = append(lists, &f.Body)
		walk(f.Body, func(s *Stmt) { lists = append(lists, s.Lists()...) })
		l := lists[g.intn(len(lists))]
		switch g.intn(5) {
		case 0: // delete
			if len(*l) > 0 {
				i := g.intn(len(*l))
				*l = append((*l)[:i:i], (*l)[i+1:]...)
			}
		case 1: // insert a simple statement
			i := g.intn(len(*l) + 1)
			s := g.simple(1)
			*l = append((*l)[:i:i], append([]*Stmt{s}, (*l)[i:]...)...)
		case 2: // wrap a statement in if opaque()
			if len(*l) > 0 {
				i := g.intn(len(*l))
				(*l)[i] = &Stmt{Kind: KIf, Cond: g.cond(!g.logoff), Then: []*Stmt{(*l)[i]}}
			}
		case 3: // negate or change a condition, or change flags
			if len(*l) > 0 {
				s := (*l)[g.intn(len(*l))]
				switch s.Kind {
				case KIf:
					a := s.Cond.atoms()[g.intn(len(s.Cond.atoms()))]
					a.Not = !a.Not
					if a.Kind == CondRefcount {
						a.Op = refOps[g.intn(len(refOps))]
					}
				case KSLT:
					s.Flags = g.flags()
				}
			}
		case 4: // swap neighbours
			if len(*l) > 1 {
				i := g.intn(len(*l) - 1)
				if (*l)[i].Kind != KDec && (*l)[i+1].Kind != KDec {
					(*l)[i], (*l)[i+1] = (*l)[i+1], (*l)[i]
				}
			}
		}
	}
}

var refOps = []string{"==", "!=", "<", "<=", ">", ">="}

// list generates a statement list at nesting depth.
func (g *generator) list(depth int, counted bool) []*Stmt {
	n := 1 + g.intn(4)
	var out []*Stmt
	var pending []int // labels this list will place, with gotos to them
	for i := 0; i < n && g.budget > 0; i++ {
		// Maybe open a label later in this list for nested gotos.
		if depth < maxDepth && g.chance(1, 6) {
			g.labels++
			pending = append(pending, g.labels)
		}
		g.open = append(g.open, pending...)
		s := g.stmt(depth, counted)
		g.open = g.open[:len(g.open)-len(pending)]
		out = append(out, s)
		// Place labels that have gotos.
		var keep []int
		for _, l := range pending {
			if g.used[l] && g.chance(1, 2) {
				out = append(out, &Stmt{Kind: KLabel, Label: l})
			} else {
				keep = append(keep, l)
			}
		}
		pending = keep
		if terminating(s) && len(pending) == 0 {
			break
		}
	}
	for _, l := range pending {
		if g.used[l] {
			out = append(out, &Stmt{Kind: KLabel, Label: l}, g.simple(depth))
		}
	}
	return out
}

func (g *generator) stmt(depth int, counted bool) *Stmt {
	g.budget--
	if depth < maxDepth && g.budget > 1 {
		switch g.intn(10) {
		case 0, 1, 2:
			s := &Stmt{Kind: KIf, Cond: g.cond(counted)}
			s.Then = g.list(depth+1, counted)
			if g.chance(1, 3) {
				s.HasElse = true
				s.Else = g.list(depth+1, counted)
			}
			return s
		case 3:
			s := &Stmt{Kind: KSwitch}
			for range 1 + g.intn(2) {
				s.Cases = append(s.Cases, g.list(depth+1, counted))
			}
			if g.chance(1, 2) {
				s.HasDef = true
				s.Default = g.list(depth+1, counted)
			}
			return s
		case 4:
			g.loops++
			defer func() { g.loops-- }()
			return &Stmt{Kind: KLoop, Body: g.list(depth+1, counted)}
		}
	}
	if len(g.open) > 0 && g.chance(1, 8) {
		l := g.open[g.intn(len(g.open))]
		g.used[l] = true
		return &Stmt{Kind: KGoto, Label: l}
	}
	return g.simple(depth)
}

// simple generates a statement with no statement list.
func (g *generator) simple(depth int) *Stmt {
	if g.wrapper {
		return g.wrapperSimple(depth)
	}
	switch g.intn(20) {
	case 0, 1, 2:
		return &Stmt{Kind: KSLT, Flags: g.flags()}
	case 3, 4:
		return &Stmt{Kind: KRelease}
	case 5:
		return &Stmt{Kind: KUse}
	case 6, 7:
		return &Stmt{Kind: KSetTracking, Ptr: g.cfg.PtrHelpers && g.chance(1, 4)}
	case 8:
		return &Stmt{Kind: KClose}
	case 9:
		return &Stmt{Kind: KLog, N: g.intn(100)}
	case 10, 11:
		if g.loops > 0 && !g.cfg.DeferInLoop {
			return &Stmt{Kind: KLog, N: g.intn(100)}
		}
		calls := []Kind{KRelease, KSLT, KUse, KClose}
		if g.cfg.Wrappers {
			calls = append(calls, KForward)
		}
		if g.signal != SigNone && g.logoff {
			calls = append(calls, KSignal)
		}
		s := &Stmt{Kind: KDefer, Call: calls[g.intn(len(calls))]}
		if s.Call == KSLT {
			s.Flags = g.flags()
		}
		return s
	case 12:
		if depth > 1 {
			return &Stmt{Kind: KPanic}
		}
	case 13:
		if g.cfg.Wrappers {
			return &Stmt{Kind: KForward}
		}
	case 14, 17:
		if g.signal != SigNone && g.logoff {
			return &Stmt{Kind: KSignal}
		}
	case 15:
		if g.cfg.PtrHelpers && g.logoff {
			return &Stmt{Kind: KPtrLogoff}
		}
	case 16:
		if g.cfg.PtrHelpers {
			return &Stmt{Kind: KPtrAbort}
		}
	}
	if depth > 1 || g.chance(1, 3) {
		return &Stmt{Kind: KReturn, Failure: g.logoff && g.chance(1, 3)}
	}
	return &Stmt{Kind: KLog, N: g.intn(100)}
}

// wrapperSimple generates a simple statement of the wrapper: it has no
// support object, so no call on one.
func (g *generator) wrapperSimple(depth int) *Stmt {
	switch g.intn(10) {
	case 0, 1, 2:
		return &Stmt{Kind: KForward}
	case 3:
		return &Stmt{Kind: KSetTracking}
	case 4:
		return &Stmt{Kind: KClose}
	case 5:
		return &Stmt{Kind: KLog, N: g.intn(100)}
	case 6:
		if g.loops == 0 || g.cfg.DeferInLoop {
			return &Stmt{Kind: KDefer, Call: []Kind{KForward, KClose}[g.intn(2)]}
		}
	case 7:
		if depth > 1 {
			return &Stmt{Kind: KPanic}
		}
	}
	if depth > 1 || g.chance(1, 3) {
		return &Stmt{Kind: KReturn, Failure: g.logoff && g.chance(1, 3)}
	}
	return &Stmt{Kind: KLog, N: g.intn(100)}
}

func (g *generator) flags() FlagArg {
	if g.cfg.VarFlags && g.chance(1, 3) {
		return FlagsVarAbort + FlagArg(g.intn(int(numFlagArgs-FlagsVarAbort)))
	}
	if g.logoff {
		return []FlagArg{FlagsCaller, FlagsCaller, FlagsAbort, FlagsNoWait}[g.intn(4)]
	}
	return []FlagArg{FlagsAbort, FlagsAbort, FlagsNoWait}[g.intn(3)]
}

func (g *generator) cond(counted bool) Cond {
	c := g.atom(counted)
	if c.Kind != CondSignal && g.chance(1, 5) {
		r := g.atom(counted)
		if r.Kind == CondSignal {
			r = Cond{Kind: CondOpaque}
		}
		c.Logic, c.Right = []string{"&&", "||"}[g.intn(2)], &r
	}
	return c
}

func (g *generator) atom(counted bool) Cond {
	switch g.intn(8) {
	case 5:
		return Cond{Kind: CondVerbose, Not: g.chance(1, 2)}
	case 0, 1:
		return Cond{Kind: CondTracking, Not: g.chance(1, 2), Ptr: g.cfg.PtrHelpers && !g.wrapper && g.chance(1, 4)}
	case 2:
		if counted {
			return Cond{Kind: CondRefcount, Op: refOps[g.intn(len(refOps))]}
		}
	case 4, 6:
		if g.signal != SigNone {
			return Cond{Kind: CondSignal, Not: g.chance(1, 2)}
		}
	case 7:
		if g.cfg.Signals && !g.wrapper && g.chance(1, 3) {
			return Cond{Kind: CondMethod, Not: g.chance(1, 2)}
		}
	}
	return Cond{Kind: CondOpaque}
}

// ProgramName is the package name of the i-th program of a batch.
func ProgramName(i int) string { return fmt.Sprintf("p%04d", i) }
