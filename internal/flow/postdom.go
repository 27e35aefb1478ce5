package flow

// Post-dominance scopes a foreign guard to the blocks it decides.

import "golang.org/x/tools/go/ssa"

func (a *analysis) leaveGuards(fn *ssa.Function, b *ssa.BasicBlock, s state) state {
	var out state
	for t, w := range s {
		if t.guardBlock == 0 || int(t.guardBlock-1) == b.Index || !a.postDominates(fn, b.Index, int(t.guardBlock-1)) {
			continue
		}
		if out == nil {
			out = copyState(s)
		}
		delete(out, t)
		t.ForeignGuard, t.guardBlock = false, 0
		out.add(t, w)
	}
	if out == nil {
		return s
	}
	return out
}

func (a *analysis) postDominates(fn *ssa.Function, b, g int) bool {
	pd, ok := a.postdoms[fn]
	if !ok {
		pd = postDominators(fn)
		a.postdoms[fn] = pd
	}
	return pd[g][b/64]&(1<<(b%64)) != 0
}

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
