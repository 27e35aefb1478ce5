// Package adversarial generates store packages whose shapes make a path
// engine's cost explode when its abstraction keeps path history: many
// sequential tests of one copied value, of a parameter or of a call
// result; loops that defer; switches inside loops; long chains of helpers;
// recursion; many guards on different fields; one large helper called from
// many places; and all of them at once.
//
// Every generated store is correct (the eager protocol, a reference count,
// a guarded abort call), so the mapilint passes must report nothing on it
// however much of its precision the engine gives up. The bound tests
// (internal/engine) assert the engine's work is linear in the code it
// reads; the bench measures its time and memory.
package adversarial

import (
	"fmt"
	"go/format"
	"strings"
)

// A Shape is one hard shape of code, reached from the store's Release.
type Shape int

// Shapes.
const (
	CopiedField  Shape = iota // opts := s.opts; if opts&(1<<i) != 0 {...}, n tests
	Param                     // the same on a helper's parameter
	CallResult                // the same on a method's result
	LoopDefers                // nested loops deferring calls, n deep
	SwitchInLoop              // a loop with a defer and an n-case type switch and switch
	HelperChain               // n helpers, each calling the next twice and testing a field
	Recursion                 // self and mutual recursion, n helpers
	ManyGuards                // n tests of n different bool and int fields
	ManySites                 // one helper of n tests called from n places in Release
	Combined                  // all of the above
	numShapes
)

// Shapes lists every shape.
func Shapes() []Shape {
	var out []Shape
	for s := Shape(0); s < numShapes; s++ {
		out = append(out, s)
	}
	return out
}

func (s Shape) String() string {
	return [...]string{"copiedfield", "param", "callresult", "loopdefers", "switchinloop",
		"helperchain", "recursion", "manyguards", "manysites", "combined"}[s]
}

// Generate returns the source of package pkg: a correct store whose
// Release, and StoreLogoff after its StoreLogoffTransports call, reach
// shape at size n.
func Generate(pkg string, shape Shape, n int) []byte {
	g := &gen{n: n}
	shapes := []Shape{shape}
	if shape == Combined {
		shapes = Shapes()[:Combined]
	}
	for _, s := range shapes {
		g.calls = append(g.calls, g.emit(s))
	}
	var b strings.Builder
	fmt.Fprintf(&b, header, pkg, g.fields(), strings.Join(g.calls, "\n\t"))
	b.WriteString(g.helpers.String())
	src, err := format.Source([]byte(b.String()))
	if err != nil {
		panic(fmt.Sprintf("adversarial: generated code does not parse: %v\n%s", err, b.String()))
	}
	return src
}

// gen accumulates the helpers of one package.
type gen struct {
	n       int
	calls   []string // statements Release runs
	helpers strings.Builder
	bools   int // fields b0.. and i0.. that ManyGuards tests
}

func (g *gen) f(format string, args ...any) { fmt.Fprintf(&g.helpers, format, args...) }

// fields declares the store fields the helpers test.
func (g *gen) fields() string {
	var b strings.Builder
	for i := 0; i < g.bools; i++ {
		fmt.Fprintf(&b, "\tb%d bool\n\ti%d int\n", i, i)
	}
	return b.String()
}

// bitTests writes n sequential tests of the bits of v, each doing
// something different: a count, a log line, a field write, a call.
func (g *gen) bitTests(v string) {
	for i := 0; i < g.n; i++ {
		g.f("\tif %s&(1<<%d) != 0 {\n", v, i%64)
		switch i % 4 {
		case 0:
			g.f("\t\ts.stats[%d]++\n", i%8)
		case 1:
			g.f("\t\tlog.Printf(\"step %d\")\n", i)
		case 2:
			g.f("\t\ts.verbose = !s.verbose\n")
		case 3:
			g.f("\t\ts.flush(%d)\n", i)
		}
		g.f("\t}\n")
	}
}

// emit writes the helpers of one shape and returns the statement that
// runs it.
func (g *gen) emit(s Shape) string {
	n := g.n
	switch s {
	case CopiedField:
		g.f("\nfunc (s *Store) copiedField() {\n\topts := s.opts\n")
		g.bitTests("opts")
		g.f("}\n")
		return "s.copiedField()"
	case Param:
		g.f("\nfunc (s *Store) param(opts uint64) {\n")
		g.bitTests("opts")
		g.f("}\n")
		return "s.param(s.opts)"
	case CallResult:
		g.f("\nfunc (s *Store) mode() uint64 { return s.opts }\n")
		g.f("\nfunc (s *Store) callResult() {\n\tv := s.mode()\n\tw := uint64(len(s.items))\n")
		g.bitTests("v")
		g.bitTests("w")
		g.f("}\n")
		return "s.callResult()"
	case LoopDefers:
		g.f("\nfunc (s *Store) loopDefers() {\n")
		for d := 0; d < n; d++ {
			g.f("\tfor i%d := range s.items {\n\t\tdefer s.items[i%d].Close()\n\t\tif s.items[i%d].Kind == %d {\n\t\t\tcontinue\n\t\t}\n", d, d, d, d)
		}
		g.f("\t\ts.stats[0]++\n")
		for d := 0; d < n; d++ {
			g.f("\t}\n")
		}
		g.f("}\n")
		return "s.loopDefers()"
	case SwitchInLoop:
		g.f("\nfunc (s *Store) switchInLoop(dst []any) {\n\tfor i, it := range s.items {\n\t\tprop := &s.items[i]\n\t\tdefer prop.Close()\n")
		g.f("\t\tswitch v := dst[i%%len(dst)].(type) {\n")
		types := []string{"int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64", "string", "bool", "float32", "float64", "[]byte", "error"}
		for c := 0; c < n && c < len(types); c++ {
			g.f("\t\tcase %s:\n\t\t\tif s.verbose {\n\t\t\t\tlog.Printf(\"%%v\", v)\n\t\t\t}\n", types[c])
		}
		g.f("\t\t}\n\t\tswitch it.Kind {\n")
		for c := 0; c < n; c++ {
			g.f("\t\tcase %d:\n\t\t\ts.stats[%d]++\n", c, c%8)
			if c%3 == 0 {
				g.f("\t\t\tcontinue\n")
			}
		}
		g.f("\t\t}\n\t}\n}\n")
		return "s.switchInLoop([]any{1, \"x\"})"
	case HelperChain:
		for i := 0; i < n; i++ {
			g.f("\nfunc (s *Store) chain%d() {\n\tif s.opts&(1<<%d) != 0 {\n\t\ts.stats[%d]++\n\t}\n", i, i%64, i%8)
			if i+1 < n {
				g.f("\ts.chain%d()\n\tif s.verbose {\n\t\ts.chain%d()\n\t}\n", i+1, i+1)
			}
			g.f("}\n")
		}
		return "s.chain0()"
	case Recursion:
		g.f("\nfunc (s *Store) walk(d int) {\n\tif d <= 0 {\n\t\treturn\n\t}\n\tif s.opts&1 != 0 {\n\t\ts.walk(d - 1)\n\t}\n\ts.walk(d - 2)\n\ts.odd0(d)\n}\n")
		for i := 0; i < n; i++ {
			g.f("\nfunc (s *Store) odd%d(d int) {\n\tif d > 0 && s.opts&(1<<%d) != 0 {\n\t\ts.odd%d(d - 1)\n\t}\n}\n", i, i%64, (i+1)%n)
		}
		return "s.walk(3)"
	case ManyGuards:
		base := g.bools
		g.bools += n
		g.f("\nfunc (s *Store) manyGuards() {\n")
		for i := base; i < base+n; i++ {
			g.f("\tif s.b%d {\n\t\ts.stats[%d]++\n\t}\n\tif s.i%d > %d {\n\t\tlog.Printf(\"i%d\")\n\t}\n", i, i%8, i, i%5, i)
		}
		g.f("}\n")
		return "s.manyGuards()"
	case ManySites:
		g.f("\nfunc (s *Store) site() {\n\topts := s.opts\n")
		g.bitTests("opts")
		g.f("}\n")
		// Called from Release itself: each call is a place of its own
		// in the analysed function.
		var calls []string
		for i := 0; i < n; i++ {
			calls = append(calls, fmt.Sprintf("if s.stats[%d] > %d {\n\t\ts.site()\n\t}", i%8, i))
		}
		return strings.Join(calls, "\n\t")
	}
	panic("adversarial: unknown shape")
}

const header = `// Code generated by internal/adversarial. DO NOT EDIT.

package %s

import (
	"log"
	"sync/atomic"
)

// Support is the MAPI support object.
type Support interface {
	StoreLogoffTransports(flags *uint32) error
	Release() uint32
}

var _ = log.Printf // (not every shape logs)

// LOGOFF_ABORT is MAPI's abort flag.
const LOGOFF_ABORT = 0x8

// Item is something the store keeps open.
type Item struct{ Kind int }

// Close closes the item.
func (it *Item) Close() { it.Kind = -1 }

// Store is a correct store whose Release runs hard shapes of code.
type Store struct {
	refs      int32
	support   Support
	loggedOff bool
	opts      uint64
	verbose   bool
	stats     [8]int
	items     []Item
%s}

func (s *Store) flush(n int) { s.stats[n%%8] = 0 }

// StoreLogoff begins with StoreLogoffTransports and records it.
func (s *Store) StoreLogoff(flags *uint32) error {
	if s.loggedOff {
		return nil
	}
	err := s.support.StoreLogoffTransports(flags)
	s.loggedOff = true
	return err
}

// Release runs the shapes, then the guarded abort and the support release.
func (s *Store) Release() uint32 {
	if n := atomic.AddInt32(&s.refs, -1); n > 0 {
		return uint32(n)
	}
	%s
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		_ = s.support.StoreLogoffTransports(&flags)
	}
	s.support.Release()
	return 0
}
`
