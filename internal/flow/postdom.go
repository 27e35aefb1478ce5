package flow

// Foreign guards: a test of a store field that is not tracking state. Its
// region, the blocks whose running it decides, ends where the paths from
// it rejoin: at the blocks that post-dominate it.

import (
	"go/token"

	"golang.org/x/tools/go/ssa"
)

// A guardSite is a foreign guard: the block its test ends, where it is
// reported, and the field it tests.
type guardSite struct {
	block *ssa.BasicBlock
	pos   token.Pos
	field string
}

// guard returns the id of a foreign guard's true edge, numbering it on
// first use; its false edge is the next id. The edges are told apart so
// that a path that left a guard by the edge away from a call it guards is
// known to have been made to skip that call (Tuple.Skipped).
func (a *analysis) guard(g guardSite) int32 {
	if id, ok := a.guardIDs[g]; ok {
		return id
	}
	a.guards = append(a.guards, g, g)
	id := int32(len(a.guards) - 1)
	a.guardIDs[g] = id
	return id
}

// leaveGuards ends the foreign guards whose region block b leaves: b
// post-dominates the guard, so it runs whichever way the guard went. A
// guard in force when a callee was entered lasts as long as the callee.
func (a *analysis) leaveGuards(fn *ssa.Function, b *ssa.BasicBlock, s state) state {
	leaves := func(t Tuple) bool {
		if t.guardID == 0 {
			return false
		}
		g := a.guards[t.guardID-1].block
		return g.Parent() == fn && g != b && a.postDominates(fn, b.Index, g.Index)
	}
	changes := false
	for t := range s.all() {
		changes = changes || leaves(t)
	}
	if !changes {
		return s
	}
	out := newState(s.len())
	for t, w := range s.all() {
		if leaves(t) {
			t.ForeignGuard, t.guardID = false, 0
		}
		out.add(t, w)
	}
	return out
}

// guardWitness is the witness a callee starts with: the caller's guard
// in force, which its id alone determines (so the callee's memo holds).
func (a *analysis) guardWitness(t Tuple) Witness {
	if t.guardID == 0 {
		return Witness{}
	}
	g := a.guards[t.guardID-1]
	return Witness{Guard: g.pos, GuardField: g.field}
}

// guardedAt gives a path about to call StoreLogoffTransports in block b
// the foreign guard that decides whether the call runs: the one in force,
// or else the earliest the path passed (on an earlier iteration of a loop,
// say) whose region holds b.
func (a *analysis) guardedAt(t Tuple, w Witness, b *ssa.BasicBlock) (Tuple, Witness) {
	if t.ForeignGuard || t.guardsSeen == 0 {
		return t, w
	}
	for i, g := range a.guards {
		id := int32(i + 1)
		if t.guardsSeen&guardBit(id) == 0 || g.block.Parent() != b.Parent() || !a.region(g.block)[b.Index] {
			continue
		}
		if !t.ForeignGuard || g.pos < w.Guard {
			t.ForeignGuard, t.guardID = true, id
			w.Guard, w.GuardField = g.pos, g.field
		}
	}
	return t, w
}

// region returns the blocks reachable from the guard's block g without
// passing a block that post-dominates it.
func (a *analysis) region(g *ssa.BasicBlock) []bool {
	if r, ok := a.regions[g]; ok {
		return r
	}
	fn := g.Parent()
	r := make([]bool, len(fn.Blocks))
	work := append([]*ssa.BasicBlock(nil), g.Succs...)
	for len(work) > 0 {
		b := work[len(work)-1]
		work = work[:len(work)-1]
		if r[b.Index] || a.postDominates(fn, b.Index, g.Index) {
			continue
		}
		r[b.Index] = true
		work = append(work, b.Succs...)
	}
	a.regions[g] = r
	return r
}

// postDominates reports whether block b is on every path from block g to
// the function's exit, computing fn's post-dominator sets on first use.
func (a *analysis) postDominates(fn *ssa.Function, b, g int) bool {
	pd, ok := a.postdoms[fn]
	if !ok {
		pd = postDominators(fn)
		a.postdoms[fn] = pd
	}
	return pd[g][b/64]&(1<<(b%64)) != 0
}

// postDominators computes, for each block, the set of blocks on every path
// from it to an exit (a bitset), by the usual iteration to a fixed point.
func postDominators(fn *ssa.Function) [][]uint64 {
	n := len(fn.Blocks)
	words := (n + 63) / 64
	pd := make([][]uint64, n)
	for i := range pd {
		pd[i] = make([]uint64, words)
		for w := range pd[i] {
			pd[i][w] = ^uint64(0)
		}
	}
	for changed := true; changed; {
		changed = false
		for i := n - 1; i >= 0; i-- {
			b := fn.Blocks[i]
			next := make([]uint64, words)
			if len(b.Succs) > 0 {
				copy(next, pd[b.Succs[0].Index])
				for _, succ := range b.Succs[1:] {
					for w := range next {
						next[w] &= pd[succ.Index][w]
					}
				}
			}
			next[i/64] |= 1 << (i % 64)
			for w := range next {
				if next[w] != pd[i][w] {
					pd[i] = next
					changed = true
					break
				}
			}
		}
	}
	return pd
}
