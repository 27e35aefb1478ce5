package model

import (
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"
	"golang.org/x/tools/go/types/typeutil"
)

// OpKind is what a call does, as far as the shutdown protocol cares.
type OpKind int

// The kinds of call.
const (
	OpEffect   OpKind = iota // unknown: may have any effect
	OpHarmless               // locking, logging, pure library code
	OpSLT                    // support.StoreLogoffTransports(flags)
	OpRelease                // support.Release()
	OpUse                    // anything else done with the support object
	OpOnceDo                 // once.Do(f)
	OpAtomic                 // a sync/atomic operation (see Atomic)
	OpInline                 // a call into code of this package: analyse the callee
	OpExternal               // a static call into another package (facts may tell)
)

// An Op is the meaning of one call.
type Op struct {
	Kind     OpKind
	Support  Path          // OpSLT, OpRelease, OpUse
	Flags    Flags         // OpSLT
	Key      Path          // OpOnceDo, OpAtomic: the field operated on
	Func     ssa.Value     // OpOnceDo: the function run once
	Callee   *ssa.Function // OpInline, OpExternal
	Args     []ssa.Value   // OpInline, OpExternal
	Bindings []ssa.Value   // OpInline of a closure
	Atomic   *Atomic       // OpAtomic
	Escapes  bool          // OpUse: the support object goes into unknown code
}

// Model holds what recognition learns about types while analysing one
// package; it is not shared between packages.
type Model struct {
	// CountHelper, if set, tells which parameter of a function of another
	// package it decrements by one, returning the new value (its
	// CountHelpers fact): a call of it is read as an atomic add of -1.
	CountHelper func(*types.Func) (param int, ok bool)

	harmless     map[string]bool
	supportTypes typeutil.Map
	harmlessFn   map[*ssa.Function]bool // isHarmless's answers (a Model serves one pass)
	countHelpers map[*types.Func]int    // CountHelper's answers, -1 for none
	constVars    map[*ssa.Package]map[*types.Var]Flags
}

// New returns a Model that also treats the named functions or packages as
// harmless (the -harmless flag): "pkg/path", "pkg/path.Func" or
// "(*pkg/path.T).Method", as go/ssa spells them.
func New(extraHarmless []string) *Model {
	m := &Model{harmless: map[string]bool{}, harmlessFn: map[*ssa.Function]bool{}, countHelpers: map[*types.Func]int{}, constVars: map[*ssa.Package]map[*types.Var]Flags{}}
	for _, h := range extraHarmless {
		if h = strings.TrimSpace(h); h != "" {
			m.harmless[h] = true
		}
	}
	return m
}

// harmlessPkgs may be called before StoreLogoffTransports: they lock,
// log, format or compute, and never touch a MAPI object.
var harmlessPkgs = map[string]bool{
	"sync": true, "sync/atomic": true, "fmt": true, "log": true, "log/slog": true,
	"errors": true, "strings": true, "strconv": true, "bytes": true, "unicode": true,
	"unicode/utf8": true, "unicode/utf16": true, "math": true, "math/bits": true, "sort": true,
	"slices": true, "maps": true, "unsafe": true, "time": true, "context": true,
	"runtime": true,
}

// Classify says what the call does in env.
func (m *Model) Classify(env *Env, call *ssa.CallCommon, instr ssa.Instruction) Op {
	if op, ok := m.rawVtableCall(env, call, instr); ok {
		return op
	}
	// Method calls, dynamic or static.
	var recv ssa.Value
	var name string
	var rest []ssa.Value
	callee := call.StaticCallee()
	switch {
	case call.IsInvoke():
		recv, name, rest = call.Value, call.Method.Name(), call.Args
	case callee != nil && callee.Signature.Recv() != nil && len(call.Args) > 0:
		recv, name, rest = call.Args[0], callee.Name(), call.Args[1:]
	}
	if recv != nil && env.IsSupportValue(recv) {
		sup := env.Resolve(recv)
		switch name {
		case "StoreLogoffTransports":
			op := Op{Kind: OpSLT, Support: sup, Flags: Flags{Kinds: FlagUnknown}}
			if len(rest) > 0 {
				op.Flags = env.PointerFlags(rest[0], instr)
			}
			return op
		case "Release":
			return Op{Kind: OpRelease, Support: sup}
		}
		return Op{Kind: OpUse, Support: sup}
	}
	if a, ok := m.atomicOp(call); ok {
		return Op{Kind: OpAtomic, Key: env.Resolve(a.Addr), Atomic: a}
	}
	if callee != nil && callee.Name() == "Do" && len(call.Args) == 2 && isSyncOnce(call.Args[0].Type()) {
		return Op{Kind: OpOnceDo, Key: env.Resolve(call.Args[0]), Func: call.Args[1]}
	}
	if _, ok := call.Value.(*ssa.Builtin); ok {
		return Op{Kind: OpHarmless}
	}
	if mc, ok := call.Value.(*ssa.MakeClosure); ok {
		return Op{Kind: OpInline, Callee: mc.Fn.(*ssa.Function), Args: call.Args, Bindings: mc.Bindings}
	}
	if call.IsInvoke() && call.Method.Pkg() != nil && harmlessPkgs[call.Method.Pkg().Path()] {
		return Op{Kind: OpHarmless} // ctx.Err(), a sync.Locker, a fmt.Stringer
	}
	if callee == nil {
		return m.unknown(env, call)
	}
	if callee.Blocks == nil && callee.Origin() != nil {
		callee = callee.Origin()
	}
	if m.isHarmless(callee) {
		return Op{Kind: OpHarmless}
	}
	if p := pkgOf(callee); p != nil && p == pkgOf(env.Fn) && callee.Blocks != nil {
		return Op{Kind: OpInline, Callee: callee, Args: call.Args}
	}
	return Op{Kind: OpExternal, Callee: callee, Args: call.Args}
}

// pkgOf is the package a function's code belongs to; for a synthetic
// wrapper (a bound method value), the package of the method it wraps.
func pkgOf(fn *ssa.Function) *types.Package {
	if fn.Pkg != nil {
		return fn.Pkg.Pkg
	}
	if obj := fn.Object(); obj != nil {
		return obj.Pkg()
	}
	return nil
}

// unknown classifies a dynamic call: handing it the support object is a
// use of it; otherwise it may do anything.
func (m *Model) unknown(env *Env, call *ssa.CallCommon) Op {
	if sup, ok := m.SupportArg(env, call.Args); ok {
		return Op{Kind: OpUse, Support: sup, Escapes: true}
	}
	return Op{Kind: OpEffect}
}

// SupportArg finds a support object among args.
func (m *Model) SupportArg(env *Env, args []ssa.Value) (Path, bool) {
	for _, a := range args {
		if env.IsSupportValue(a) {
			return env.Resolve(a), true
		}
	}
	return Path{}, false
}

func (m *Model) isHarmless(fn *ssa.Function) bool {
	if h, ok := m.harmlessFn[fn]; ok {
		return h
	}
	h := m.judgeHarmless(fn)
	m.harmlessFn[fn] = h
	return h
}

func (m *Model) judgeHarmless(fn *ssa.Function) bool {
	name := fn.String()
	if m.harmless[name] {
		return true
	}
	if fn.Pkg == nil {
		// Wrappers and instances: judge by the object's package.
		if obj := fn.Object(); obj != nil && obj.Pkg() != nil {
			return harmlessPkgs[obj.Pkg().Path()] || m.harmless[obj.Pkg().Path()]
		}
		return false
	}
	path := fn.Pkg.Pkg.Path()
	if isNoReturnName(path, fn.Name()) {
		return false
	}
	return harmlessPkgs[path] || m.harmless[path]
}

// NoReturn reports whether a call to fn ends the program: os.Exit,
// log.Fatal and log.Panic and their variants, runtime.Goexit.
func NoReturn(fn *types.Func) bool {
	if fn.Pkg() == nil {
		return false
	}
	if recv := fn.Type().(*types.Signature).Recv(); recv != nil && !isNamed(recv.Type(), "log", "Logger") {
		return false
	}
	return isNoReturnName(fn.Pkg().Path(), fn.Name())
}

// isNoReturnName lists library functions that end the program; SSA already
// ends the block after calls that ctrlflow proves never return.
func isNoReturnName(pkg, name string) bool {
	return (pkg == "log" && (strings.HasPrefix(name, "Fatal") || strings.HasPrefix(name, "Panic"))) ||
		(pkg == "os" && name == "Exit") || (pkg == "runtime" && name == "Goexit")
}

// IsSupport reports whether t is (a pointer to) a support object: it has a
// StoreLogoffTransports method, or carries a vtable with such a slot.
func (m *Model) IsSupport(t types.Type) bool {
	if v := m.supportTypes.At(t); v != nil {
		return v.(bool)
	}
	ok := hasMethod(t, "StoreLogoffTransports") || hasVtableSlot(t, "StoreLogoffTransports")
	m.supportTypes.Set(t, ok)
	return ok
}

func hasMethod(t types.Type, name string) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	for _, u := range []types.Type{t, types.NewPointer(t)} {
		if _, isPtr := t.Underlying().(*types.Interface); isPtr && u != t {
			continue
		}
		obj, _, _ := types.LookupFieldOrMethod(u, true, nil, name)
		if _, ok := obj.(*types.Func); ok {
			return true
		}
	}
	return false
}

// hasVtableSlot reports whether t points to a struct one of whose fields
// (the vtable) is or points to a struct with a field named slot.
func hasVtableSlot(t types.Type, slot string) bool {
	s, ok := StructOf(t)
	if !ok {
		return false
	}
	for i := 0; i < s.NumFields(); i++ {
		if vt, ok := StructOf(s.Field(i).Type()); ok {
			for j := 0; j < vt.NumFields(); j++ {
				if vt.Field(j).Name() == slot {
					return true
				}
			}
		}
	}
	return false
}

func isSyncOnce(t types.Type) bool {
	return isNamed(t, "sync", "Once")
}

// isNamed reports whether t is, or points to, the named type pkg.name.
func isNamed(t types.Type, pkg, name string) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == pkg && n.Obj().Name() == name
}

// rawVtableCall recognises calls through a COM vtable slot:
// syscall.SyscallN(x.vtbl.StoreLogoffTransports, this, flags), the older
// SyscallK(trap, nargs, ...) forms, and x.vtbl.StoreLogoffTransports.Call(this, flags).
func (m *Model) rawVtableCall(env *Env, call *ssa.CallCommon, instr ssa.Instruction) (Op, bool) {
	callee := call.StaticCallee()
	var slot string
	var args []ssa.Value
	switch {
	case callee != nil && isSyscallPkg(callee) && strings.HasPrefix(callee.Name(), "Syscall") && len(call.Args) > 0:
		slot = slotName(call.Args[0])
		if callee.Name() == "SyscallN" {
			if len(call.Args) > 1 {
				args = variadicArgs(call.Args[1])
			}
		} else if len(call.Args) > 2 {
			args = call.Args[2:]
		}
	case call.IsInvoke() && call.Method.Name() == "Call":
		slot = slotName(call.Value)
		if len(call.Args) > 0 {
			args = variadicArgs(call.Args[0])
		}
	case callee != nil && callee.Name() == "Call" && callee.Signature.Recv() != nil && len(call.Args) > 0:
		slot = slotName(call.Args[0])
		if len(call.Args) > 1 {
			args = variadicArgs(call.Args[1])
		}
	}
	if slot == "" || len(args) == 0 {
		return Op{}, false
	}
	sup := env.Resolve(stripConv(args[0]))
	switch slot {
	case "StoreLogoffTransports":
		op := Op{Kind: OpSLT, Support: sup, Flags: Flags{Kinds: FlagUnknown}}
		if len(args) > 1 {
			op.Flags = env.PointerFlags(args[1], instr)
		}
		return op, true
	case "Release":
		if !m.IsSupport(stripConv(args[0]).Type()) {
			return Op{}, false // releasing some other COM object
		}
		return Op{Kind: OpRelease, Support: sup}, true
	}
	if m.IsSupport(stripConv(args[0]).Type()) {
		return Op{Kind: OpUse, Support: sup}, true
	}
	return Op{}, false
}

func isSyscallPkg(fn *ssa.Function) bool {
	obj := fn.Object()
	if obj == nil || obj.Pkg() == nil {
		return false
	}
	p := obj.Pkg().Path()
	return p == "syscall" || p == "golang.org/x/sys/windows"
}

// slotName returns the field name when v loads a vtable slot (x.vtbl.Slot).
func slotName(v ssa.Value) string {
	v = stripConv(v)
	if u, ok := v.(*ssa.UnOp); ok && u.Op.String() == "*" {
		if fa, ok := u.X.(*ssa.FieldAddr); ok {
			return fieldName(fa.X.Type(), fa.Field)
		}
	}
	if f, ok := v.(*ssa.Field); ok {
		return fieldName(f.X.Type(), f.Field)
	}
	return ""
}

// stripConv removes conversions such as uintptr(unsafe.Pointer(x)).
func stripConv(v ssa.Value) ssa.Value {
	for {
		switch c := v.(type) {
		case *ssa.Convert:
			v = c.X
		case *ssa.ChangeType:
			v = c.X
		default:
			return v
		}
	}
}

// variadicArgs recovers the elements of a variadic argument slice built
// by the compiler: a Slice of an array Alloc filled by indexed stores.
func variadicArgs(v ssa.Value) []ssa.Value {
	sl, ok := v.(*ssa.Slice)
	if !ok {
		return nil
	}
	arr, ok := sl.X.(*ssa.Alloc)
	if !ok {
		return nil
	}
	var out []ssa.Value
	for _, r := range *arr.Referrers() {
		ia, ok := r.(*ssa.IndexAddr)
		if !ok {
			continue
		}
		idx, ok := ia.Index.(*ssa.Const)
		if !ok {
			continue
		}
		i := int(idx.Int64())
		for _, r2 := range *ia.Referrers() {
			if st, ok := r2.(*ssa.Store); ok && st.Addr == ia {
				for len(out) <= i {
					out = append(out, nil)
				}
				out[i] = st.Val
			}
		}
	}
	for _, a := range out {
		if a == nil {
			return nil
		}
	}
	return out
}
