package model

import "go/types"

// CarriesProtocol reports whether a value of type t can carry the shutdown
// protocol into a function that takes it: a support object (IsSupport), a
// store-shaped value (StoreLogoff and Release, as methods, interfaces
// included, or as vtable slots), or a pointer to one of those.
//
// Only a function that takes such a value needs a full Summary: through it
// a store can hand the function its support object by type, or itself.
// Anything else a store can pass is either not the support object, or the
// support object as a value of another type (an interface{ Release()
// uint32 }, the IUnknown of a COM library): then the call is unknown code
// receiving the support object, which the engine treats as escaping
// (silence), and a Summary would only buy precision at the cost of the
// full path engine on every function of every COM library.
//
// Pointers to plain state (helper(&s.done) into another package: a *bool,
// a *uint32) do not count either: nearly every library takes one
// (NeedsSummary counts them only in packages that declare the protocol's
// shapes).
func (m *Model) CarriesProtocol(t types.Type) bool {
	for range 4 {
		p, ok := t.Underlying().(*types.Pointer)
		if !ok {
			break
		}
		t = p.Elem()
	}
	return m.IsSupport(t) || isStoreShaped(t)
}

// isStoreShaped: both store roles, as methods (on t, *t, or an interface)
// or as the slots of a vtable t carries.
func isStoreShaped(t types.Type) bool {
	return hasMethod(t, "StoreLogoff") && hasMethod(t, "Release") ||
		hasVtableSlot(t, "StoreLogoff") && hasVtableSlot(t, "Release")
}

// NeedsSummary reports whether fn, a function of a package Relevant to
// the protocol, takes as receiver or parameter a value that
// CarriesProtocol, or a pointer to a boolean or an integer (a store's
// state passed by pointer, as shutdown.Finish(s.sup, &s.loggedOff)): only
// such a function gets a full Summary fact. Every other function gets at
// most the harmless fact of HarmlessFuncs.
func (m *Model) NeedsSummary(fn *types.Func) bool {
	sig, ok := fn.Type().(*types.Signature)
	if !ok {
		return false
	}
	if r := sig.Recv(); r != nil && m.CarriesProtocol(r.Type()) {
		return true
	}
	for i := 0; i < sig.Params().Len(); i++ {
		t := sig.Params().At(i).Type()
		if m.CarriesProtocol(t) || IsStatePointer(t) {
			return true
		}
	}
	return false
}

// IsStatePointer reports whether t points to a boolean or an integer.
func IsStatePointer(t types.Type) bool {
	p, ok := t.Underlying().(*types.Pointer)
	return ok && IsStateType(p.Elem())
}
