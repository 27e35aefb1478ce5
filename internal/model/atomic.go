package model

import (
	"go/constant"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// An Atomic is a sync/atomic operation on one variable, whether spelled as
// a function (atomic.AddInt32(&x, -1)) or a method (x.Add(-1)).
type Atomic struct {
	Op   string    // "Load", "Store", "Swap", "CompareAndSwap", "Add", "And", "Or"
	Addr ssa.Value // the variable's address
	Args []ssa.Value
}

func (m *Model) atomicOp(call *ssa.CallCommon) (*Atomic, bool) {
	callee := call.StaticCallee()
	if callee == nil || len(call.Args) == 0 {
		return nil, false
	}
	obj := callee.Object()
	if obj == nil || obj.Pkg() == nil {
		return nil, false
	}
	if fn, ok := obj.(*types.Func); ok && len(callee.Blocks) == 0 {
		// A count helper of another package (CountHelpers): an
		// atomic add of -1 to what its parameter points to.
		if i, ok := m.countHelper(fn); ok && i < len(call.Args) {
			minusOne := ssa.NewConst(constant.MakeInt64(-1), types.Typ[types.Int64])
			return &Atomic{Op: "Add", Addr: call.Args[i], Args: []ssa.Value{minusOne}}, true
		}
	}
	if obj.Pkg().Path() != "sync/atomic" {
		return nil, false
	}
	for _, op := range []string{"CompareAndSwap", "Load", "Store", "Swap", "Add", "And", "Or"} {
		if strings.HasPrefix(callee.Name(), op) {
			return &Atomic{Op: op, Addr: call.Args[0], Args: call.Args[1:]}, true
		}
	}
	return nil, false
}

// countHelper asks CountHelper, once per function.
func (m *Model) countHelper(fn *types.Func) (int, bool) {
	if m.CountHelper == nil {
		return 0, false
	}
	i, ok := m.countHelpers[fn]
	if !ok {
		i = -1
		if j, ok := m.CountHelper(fn); ok {
			i = j
		}
		m.countHelpers[fn] = i
	}
	return i, i >= 0
}
