package model

import (
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

func atomicOp(call *ssa.CallCommon) (*Atomic, bool) {
	callee := call.StaticCallee()
	if callee == nil || len(call.Args) == 0 {
		return nil, false
	}
	obj := callee.Object()
	if obj == nil || obj.Pkg() == nil || obj.Pkg().Path() != "sync/atomic" {
		return nil, false
	}
	for _, op := range []string{"CompareAndSwap", "Load", "Store", "Swap", "Add", "And", "Or"} {
		if strings.HasPrefix(callee.Name(), op) {
			return &Atomic{Op: op, Addr: call.Args[0], Args: call.Args[1:]}, true
		}
	}
	return nil, false
}
