package model

import (
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/tools/go/ssa"
)

// varShapes: variables named const* are constant in practice (their value
// in the comment), var* are not.
const varShapes = `package p

type flagsT uint32

func (f *flagsT) set(v uint32) { *f = flagsT(v) }
func (f flagsT) get() uint32    { return uint32(f) }

var (
	constAbort  uint32 = 8
	constNoWait        = uint32(1)
	constZero   uint32
	constNamed  flagsT = 2 // only its value-receiver method is called
	constMulti1, constMulti2 uint32 = 4, 0x10

	VarExported uint32 = 1
	varAssigned uint32 = 1
	varInit     uint32 = 1
	varAddr     uint32 = 1
	varPtrArg   uint32 = 1
	varMethod   flagsT = 1
	varCall            = f()
	varCopy            = constAbort
	varInc      uint32 = 1
	varClosure  uint32 = 1
	varOp       uint32 = 1
	varString          = "x"
)

var p = &varAddr

func f() uint32       { return 1 }
func take(p *uint32)  {}
func assign()         { varAssigned = 8 }
func init()           { varInit = 8 }
func ptr()            { take(&varPtrArg) }
func method()         { varMethod.set(8) }
func inc()            { varInc++ }
func closure() func() { return func() { varClosure = 8 } }
func op()             { varOp |= 8 }

func read() uint32 {
	return constAbort + constNoWait + constZero + constNamed.get() + constMulti1 + constMulti2 +
		VarExported + varAssigned + varInit + varAddr + varPtrArg + varMethod.get() + varCall + varCopy + varInc + varClosure + varOp
}
`

func TestConstVars(t *testing.T) {
	pkg, _, _ := buildSrc(t, varShapes)
	m := New(nil)
	got := map[string]Flags{}
	for name, mem := range pkg.Members {
		if g, ok := mem.(*ssa.Global); ok {
			if f, ok := m.constVarFlags(g); ok {
				got[name] = f
			}
		}
	}
	assert.Equal(t, map[string]Flags{
		"constAbort":  {Kinds: FlagAbort, Const: 8},
		"constNoWait": {Kinds: FlagOther, Const: 1},
		"constZero":   {Kinds: FlagOther},
		"constNamed":  {Kinds: FlagOther, Const: 2},
		"constMulti1": {Kinds: FlagOther, Const: 4},
		"constMulti2": {Kinds: FlagOther, Const: 0x10},
	}, got)

	// Computed once per package, whatever the number of questions.
	a, b := m.constVarsOf(pkg), m.constVarsOf(pkg)
	assert.Equal(t, reflect.ValueOf(a).Pointer(), reflect.ValueOf(b).Pointer())
}

// TestConstVarFlagsThroughEnv: a read of the variable in a function of the
// package is valued through Env.ValueFlags.
func TestConstVarFlagsThroughEnv(t *testing.T) {
	pkg, _, _ := buildSrc(t, varShapes)
	read := pkg.Func("read")
	env := New(nil).TopEnv(read, false)
	byName := map[string]Flags{}
	for _, b := range read.Blocks {
		for _, instr := range b.Instrs {
			if u, ok := instr.(*ssa.UnOp); ok {
				if g, ok := u.X.(*ssa.Global); ok {
					byName[g.Name()] = env.ValueFlags(u, nil)
				}
			}
		}
	}
	assert.Equal(t, Flags{Kinds: FlagAbort, Const: 8}, byName["constAbort"])
	assert.Equal(t, Flags{Kinds: FlagOther, Const: 1}, byName["constNoWait"])
	assert.Equal(t, Flags{Kinds: FlagUnknown}, byName["varAssigned"])
	assert.Equal(t, Flags{Kinds: FlagUnknown}, byName["VarExported"])
}
