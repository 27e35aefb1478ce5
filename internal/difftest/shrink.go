package difftest

// Shrink minimises a program while bad still holds for it: it deletes
// statements, replaces compound statements by one of their lists, drops
// else and default clauses, switch cases and the reference count, turns
// deferred calls into plain ones, and drops the program-wide constructs
// (the wrapper, the count's helpers, the signal state, the helper
// package), as long as the result is smaller (weight) and still bad. Each
// candidate is normalised first, so it stays valid Go.
func Shrink(p *Program, bad func(*Program) bool) *Program {
	for {
		improved := false
		for _, cand := range candidates(p) {
			if weight(cand) < weight(p) && bad(cand) {
				p, improved = cand, true
				break
			}
		}
		if !improved {
			return p
		}
	}
}

// weight orders programs by simplicity.
func weight(p *Program) int {
	w := 0
	for _, f := range p.Funcs() {
		walk(f.Body, func(s *Stmt) {
			w += 4
			switch {
			case s.Kind == KDefer:
				w += 2
			case s.Kind == KIf && s.HasElse, s.Kind == KSwitch && s.HasDef:
				w++
			case s.Kind == KIf && (s.Cond.Kind != CondOpaque || s.Cond.Right != nil):
				w++
				if s.Cond.Right != nil {
					w++
				}
			}
			if s.Ptr || (s.Kind == KIf && s.Cond.Ptr) {
				w++
			}
			if callOf(s) == KSLT && s.Flags >= FlagsVarAbort {
				w++
			}
		})
	}
	if p.Count != CountField {
		w += 2
	}
	if p.Signal != SigNone {
		w += 2
	}
	if p.CrossPkg {
		w++
	}
	return w
}

// site is a statement's place: a list and an index in it.
type site struct {
	list *[]*Stmt
	i    int
}

func sites(f *Func) []site {
	var out []site
	var visit func(l *[]*Stmt)
	visit = func(l *[]*Stmt) {
		for i, s := range *l {
			out = append(out, site{l, i})
			for _, sub := range s.Lists() {
				visit(sub)
			}
		}
	}
	visit(&f.Body)
	return out
}

// candidates returns every program one reduction away from p.
func candidates(p *Program) []*Program {
	var out []*Program
	for _, change := range []func(c *Program) bool{
		func(c *Program) bool { ok := c.WrapLogoff != nil; c.WrapLogoff, c.WrapRelease = nil, nil; return ok },
		func(c *Program) bool { ok := c.Count != CountField; c.Count = CountField; return ok },
		func(c *Program) bool { ok := c.Signal != SigNone; c.Signal = SigNone; return ok },
		func(c *Program) bool { ok := c.CrossPkg; c.CrossPkg = false; return ok },
	} {
		c := p.Clone()
		if change(c) {
			NormalizeProgram(c)
			out = append(out, c)
		}
	}
	for fi := range len(p.Funcs()) {
		n := len(sites(p.Funcs()[fi]))
		for k := range n {
			for r := range 9 {
				c := p.Clone()
				f := c.Funcs()[fi]
				if reduce(sites(f)[k], r) {
					NormalizeProgram(c)
					out = append(out, c)
				}
			}
		}
	}
	return out
}

// reduce applies reduction r at st; false when it does not apply.
func reduce(st site, r int) bool {
	l := st.list
	s := (*l)[st.i]
	splice := func(repl []*Stmt) {
		rest := append([]*Stmt{}, (*l)[st.i+1:]...)
		*l = append(append((*l)[:st.i:st.i], repl...), rest...)
	}
	switch r {
	case 0: // delete
		splice(nil)
		return true
	case 1, 2, 3: // replace by its r-1-th list
		lists := s.Lists()
		if r-1 >= len(lists) {
			return false
		}
		splice(*lists[r-1])
		return true
	case 4: // drop else / default / the last case
		switch {
		case s.Kind == KIf && s.HasElse:
			s.HasElse, s.Else = false, nil
		case s.Kind == KSwitch && s.HasDef:
			s.HasDef, s.Default = false, nil
		case s.Kind == KSwitch && len(s.Cases) > 1:
			s.Cases = s.Cases[:len(s.Cases)-1]
		default:
			return false
		}
		return true
	case 5: // a deferred call made at once
		if s.Kind != KDefer {
			return false
		}
		*s = Stmt{Kind: s.Call, Flags: s.Flags}
		return true
	case 6: // a condition made simpler: its right operand dropped, or opaque
		switch {
		case s.Kind != KIf:
			return false
		case s.Cond.Right != nil:
			s.Cond = s.Cond.Atom()
		case s.Cond.Kind != CondOpaque:
			s.Cond = Cond{Kind: CondOpaque}
		default:
			return false
		}
		return true
	case 7: // drop the first case of a switch
		if s.Kind != KSwitch || len(s.Cases) < 2 {
			return false
		}
		s.Cases = s.Cases[1:]
		return true
	case 8: // no pointer helper, no package variable
		switch {
		case s.Ptr:
			s.Ptr = false
		case s.Kind == KIf && s.Cond.Ptr:
			s.Cond.Ptr = false
		case callOf(s) == KSLT && s.Flags >= FlagsVarAbort:
			s.Flags = map[flagClass]FlagArg{flagAbort: FlagsAbort, flagNoWait: FlagsNoWait}[s.Flags.class()]
		default:
			return false
		}
		return true
	}
	return false
}
