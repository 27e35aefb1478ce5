package flow

import (
	"go/constant"
	"go/token"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
)

func intVal(i int64) value { return constVal(constant.MakeInt64(i)) }

// TestCountComparisons checks how conditions on the decremented count
// split its classes: zero, positive, negative.
func TestCountComparisons(t *testing.T) {
	zero, pos, neg := rangeVal(0, 0), rangeVal(1, math.MaxInt64), rangeVal(math.MinInt64, -1)
	for _, c := range []struct {
		op   token.Token
		x    value
		c    int64
		want truth
	}{
		{token.GTR, pos, 0, yes},
		{token.GTR, zero, 0, no},
		{token.GTR, neg, 0, no},
		{token.EQL, zero, 0, yes},
		{token.EQL, pos, 0, no},
		{token.EQL, pos, 1, maybe},
		{token.NEQ, neg, 0, yes},
		{token.LEQ, zero, 0, yes},
		{token.LSS, neg, 0, yes},
		{token.GEQ, pos, 1, yes},
	} {
		assert.Equal(t, c.want, binary(c.op, c.x, intVal(c.c)).truth(), "%v %v %d", c.x, c.op, c.c)
	}
	// Before the decrement a load reads count+1: refs == 1 means final.
	assert.Equal(t, yes, binary(token.EQL, binary(token.ADD, zero, intVal(1)), intVal(1)).truth())
}

// TestBits checks bitmask tracking state: bits StoreLogoff sets are known
// set after it and clear before it.
func TestBits(t *testing.T) {
	after := value{kind: kBits, set: 0x2}
	before := zeroOf(after)
	test := func(v value) truth {
		return binary(token.NEQ, binary(token.AND, v, intVal(0x2)), intVal(0)).truth()
	}
	assert.Equal(t, yes, test(after))
	assert.Equal(t, no, test(before))
	assert.Equal(t, maybe, binary(token.AND, after, intVal(0x4)).truth())
	// set then clear another bit keeps the first set.
	assert.Equal(t, value{kind: kBits, set: 0x2, zero: 0x1}, then(after, value{kind: kBits, zero: 0x1}))
	// a constant write replaces, an unknown one is ignored.
	assert.Equal(t, intVal(3), then(after, intVal(3)))
	assert.Equal(t, after, then(after, unknown))
}

func TestNot(t *testing.T) {
	assert.Equal(t, no, not(boolVal(true)).truth())
	assert.Equal(t, maybe, not(unknown).truth())
}
