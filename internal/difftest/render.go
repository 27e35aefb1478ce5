package difftest

import (
	"fmt"
	"go/format"
	"sort"
	"strings"
)

// header is everything in a generated file before the two methods. Each
// generated package stands alone: the support interface, the constants
// and the opaque inputs are declared in it.
const header = `package %s

import (
	"errors"
	"log"
	"time"
)

// MAPI logoff flags, by value as in MAPIDefS.h.
const (
	LOGOFF_NO_WAIT = 0x00000001
	LOGOFF_ABORT   = 0x00000008
)

// Support is the part of IMAPISupport the store uses at shutdown.
type Support interface {
	StoreLogoffTransports(lpulFlags *uint32) error
	ModifyStatusRow() error
	Release() uint32
}

// Folder is a folder the store keeps open.
type Folder interface {
	Close() error
}

var errRejected = errors.New("store: logoff rejected")

var _ = log.Printf

// opaque, pick and count stand for what the analyzer cannot know: each
// call may return anything, independently of the others.
func opaque() bool { return time.Now().UnixNano()&1 == 0 }

func pick() int { return int(time.Now().UnixNano() %% 3) }

func count() int { return int(time.Now().UnixNano() %% 4) }

type store struct {
	support   Support
	inbox     Folder
	refs      int32
	loggedOff bool
	verbose   bool
}
`

// Render returns p's Go source and records each statement's line (and
// each function's) in p. doc, when not empty, is the package comment
// (without the comment markers; lines separated by newlines).
func Render(p *Program, doc string) []byte {
	return render(p, doc, nil)
}

// RenderWant renders p with a `// want` comment on each line that wants
// diagnostics (regular expressions, analysistest syntax), gofmt-formatted.
// Lines are those of a previous Render with the same doc.
func RenderWant(p *Program, doc string, want map[int][]string) []byte {
	src := render(p, doc, want)
	if out, err := format.Source(src); err == nil {
		return out
	}
	return src
}

type renderer struct {
	b    strings.Builder
	line int
	want map[int][]string
	fn   *Func
}

func render(p *Program, doc string, want map[int][]string) []byte {
	r := &renderer{line: 1, want: want}
	if doc != "" {
		for _, l := range strings.Split(doc, "\n") {
			r.printf("%s\n", strings.TrimRight("// "+l, " "))
		}
	}
	r.printf(header, p.Pkg)
	for _, f := range []*Func{p.Logoff, p.Release} {
		r.printf("\n")
		r.fn = f
		f.Line = r.line
		if f.IsLogoff() {
			r.stmtLine(0, "func (s *store) StoreLogoff(lpulFlags *uint32) error {")
		} else {
			r.stmtLine(0, "func (s *store) Release() uint32 {")
		}
		abort, noWait := false, false
		walk(f.Body, func(s *Stmt) {
			if s.Kind == KSLT || (s.Kind == KDefer && s.Call == KSLT) {
				abort = abort || s.Flags == FlagsAbort
				noWait = noWait || s.Flags == FlagsNoWait
			}
		})
		if abort {
			r.stmtLine(1, "abort := uint32(LOGOFF_ABORT)")
		}
		if noWait {
			r.stmtLine(1, "noWait := uint32(LOGOFF_NO_WAIT)")
		}
		r.list(f.Body, 1)
		r.stmtLine(0, "}")
	}
	return []byte(r.b.String())
}

func (r *renderer) printf(format string, args ...any) {
	s := fmt.Sprintf(format, args...)
	r.b.WriteString(s)
	r.line += strings.Count(s, "\n")
}

// stmtLine writes one line at an indentation, with its want comment.
func (r *renderer) stmtLine(indent int, text string) {
	r.b.WriteString(strings.Repeat("\t", indent))
	r.b.WriteString(text)
	if ws := r.want[r.line]; len(ws) > 0 {
		r.b.WriteString(" // want")
		for _, w := range ws {
			r.b.WriteString(" `" + w + "`")
		}
	}
	r.b.WriteString("\n")
	r.line++
}

func (r *renderer) list(l []*Stmt, indent int) {
	for _, s := range l {
		r.stmt(s, indent)
	}
}

func (r *renderer) stmt(s *Stmt, indent int) {
	s.Line = r.line
	switch s.Kind {
	case KIf:
		r.stmtLine(indent, "if "+condText(s.Cond)+" {")
		r.list(s.Then, indent+1)
		if s.HasElse {
			r.stmtLine(indent, "} else {")
			r.list(s.Else, indent+1)
		}
		r.stmtLine(indent, "}")
	case KSwitch:
		r.stmtLine(indent, "switch pick() {")
		for i, c := range s.Cases {
			r.stmtLine(indent, fmt.Sprintf("case %d:", i))
			r.list(c, indent+1)
		}
		if s.HasDef {
			r.stmtLine(indent, "default:")
			r.list(s.Default, indent+1)
		}
		r.stmtLine(indent, "}")
	case KLoop:
		r.stmtLine(indent, "for i, n := 0, count(); i < n; i++ {")
		r.list(s.Body, indent+1)
		r.stmtLine(indent, "}")
	case KLabel:
		r.stmtLine(indent-1, fmt.Sprintf("L%d:", s.Label))
	default:
		r.stmtLine(indent, r.simpleText(s))
	}
}

func condText(c Cond) string {
	if c.Right != nil {
		return condText(c.Atom()) + " " + c.Logic + " " + condText(*c.Right)
	}
	switch c.Kind {
	case CondTracking:
		if c.Not {
			return "!s.loggedOff"
		}
		return "s.loggedOff"
	case CondRefcount:
		return "s.refs " + c.Op + " 0"
	case CondVerbose:
		if c.Not {
			return "!s.verbose"
		}
		return "s.verbose"
	}
	return "opaque()"
}

func flagsText(f FlagArg) string {
	switch f {
	case FlagsAbort:
		return "&abort"
	case FlagsNoWait:
		return "&noWait"
	}
	return "lpulFlags"
}

// callText is the call a simple statement (or a deferred call) makes.
func callText(k Kind, flags FlagArg) string {
	switch k {
	case KSLT:
		return "s.support.StoreLogoffTransports(" + flagsText(flags) + ")"
	case KRelease:
		return "s.support.Release()"
	case KUse:
		return "s.support.ModifyStatusRow()"
	case KClose:
		return "s.inbox.Close()"
	}
	panic("difftest: not a call: " + k.String())
}

// calleeText is the callee as the source spells it, as the storelogoff
// pass names an effect.
func calleeText(k Kind) string {
	c := callText(k, FlagsCaller)
	return c[:strings.IndexByte(c, '(')]
}

func (r *renderer) simpleText(s *Stmt) string {
	switch s.Kind {
	case KGoto:
		return fmt.Sprintf("goto L%d", s.Label)
	case KDefer:
		return "defer " + callText(s.Call, s.Flags)
	case KReturn:
		switch {
		case !r.fn.IsLogoff():
			return "return 0"
		case s.Failure:
			return "return errRejected"
		}
		return "return nil"
	case KPanic:
		return `panic("store: unreachable")`
	case KSLT, KUse, KClose:
		return "_ = " + callText(s.Kind, s.Flags)
	case KRelease:
		return callText(s.Kind, s.Flags)
	case KSetTracking:
		return "s.loggedOff = true"
	case KLog:
		return fmt.Sprintf(`log.Printf("store: step %d")`, s.N)
	case KDec:
		return "s.refs--"
	}
	panic("difftest: cannot render " + s.Kind.String())
}

// Listing returns src with line numbers, for failure messages.
func Listing(src []byte) string {
	var b strings.Builder
	for i, l := range strings.Split(strings.TrimRight(string(src), "\n"), "\n") {
		fmt.Fprintf(&b, "%4d  %s\n", i+1, l)
	}
	return b.String()
}

// sortedLines returns the keys of a line map in order.
func sortedLines[V any](m map[int]V) []int {
	var out []int
	for l := range m {
		out = append(out, l)
	}
	sort.Ints(out)
	return out
}
