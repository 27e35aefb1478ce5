package flow

import (
	"go/constant"
	"go/token"
	"math"
)

// A value is what the analysis knows of an integer or boolean SSA value in
// one world: a constant, an interval (the reference count), a set of known
// bits (a bitmask field), or nothing.
type value struct {
	kind      valueKind
	c         constant.Value // kConst
	lo, hi    int64          // kRange, inclusive
	set, zero uint64         // kBits: bits known set, bits known clear
}

type valueKind uint8

const (
	kUnknown valueKind = iota
	kConst
	kRange
	kBits
)

var unknown = value{}

func constVal(c constant.Value) value {
	if c == nil {
		return unknown
	}
	return value{kind: kConst, c: c}
}

func rangeVal(lo, hi int64) value { return value{kind: kRange, lo: lo, hi: hi} }

// asRange views an integer constant as a one-point interval.
func (v value) asRange() (lo, hi int64, ok bool) {
	switch v.kind {
	case kRange:
		return v.lo, v.hi, true
	case kConst:
		if v.c.Kind() == constant.Int {
			if i, exact := constant.Int64Val(v.c); exact {
				return i, i, true
			}
		}
	}
	return 0, 0, false
}

func (v value) asUint() (uint64, bool) {
	if v.kind == kConst && v.c.Kind() == constant.Int {
		if u, ok := constant.Uint64Val(v.c); ok {
			return u, true
		}
		if i, ok := constant.Int64Val(v.c); ok {
			return uint64(i), true
		}
	}
	return 0, false
}

// truth is a three-valued boolean.
type truth uint8

const (
	maybe truth = iota
	yes
	no
)

func (v value) truth() truth {
	if v.kind == kConst && v.c.Kind() == constant.Bool {
		if constant.BoolVal(v.c) {
			return yes
		}
		return no
	}
	return maybe
}

func boolVal(b bool) value { return constVal(constant.MakeBool(b)) }

func fromTruth(t truth) value {
	switch t {
	case yes:
		return boolVal(true)
	case no:
		return boolVal(false)
	}
	return unknown
}

func not(v value) value {
	switch v.truth() {
	case yes:
		return boolVal(false)
	case no:
		return boolVal(true)
	}
	return unknown
}

// binary applies a Go binary operator to two abstract values.
func binary(op token.Token, x, y value) value {
	if x.kind == kConst && y.kind == kConst {
		switch op {
		case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
			if x.c.Kind() == y.c.Kind() || (isNum(x.c) && isNum(y.c)) {
				return boolVal(constant.Compare(x.c, op, y.c))
			}
			return unknown
		case token.AND, token.OR, token.XOR, token.AND_NOT, token.ADD, token.SUB:
			if isNum(x.c) && isNum(y.c) {
				return constVal(constant.BinaryOp(x.c, op, y.c))
			}
		}
		return unknown
	}
	switch op {
	case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
		return fromTruth(compare(op, x, y))
	case token.ADD, token.SUB:
		xl, xh, ok1 := x.asRange()
		yl, yh, ok2 := y.asRange()
		if ok1 && ok2 && yl == yh {
			d := yl
			if op == token.SUB {
				d = -d
			}
			return rangeVal(addSat(xl, d), addSat(xh, d))
		}
	case token.AND:
		if x.kind != kBits {
			x, y = y, x
		}
		if m, ok := y.asUint(); ok && x.kind == kBits {
			switch {
			case m&x.set == m:
				return constVal(constant.MakeUint64(m))
			case m&x.zero == m:
				return constVal(constant.MakeUint64(0))
			}
		}
	}
	return unknown
}

func isNum(c constant.Value) bool { return c.Kind() == constant.Int || c.Kind() == constant.Float }

// compare decides an ordering or equality between intervals.
func compare(op token.Token, x, y value) truth {
	xl, xh, ok1 := x.asRange()
	yl, yh, ok2 := y.asRange()
	if !ok1 || !ok2 {
		return maybe
	}
	decide := func(always, never bool) truth {
		switch {
		case always:
			return yes
		case never:
			return no
		}
		return maybe
	}
	switch op {
	case token.EQL:
		return decide(xl == xh && yl == yh && xl == yl, xh < yl || yh < xl)
	case token.NEQ:
		return decide(xh < yl || yh < xl, xl == xh && yl == yh && xl == yl)
	case token.LSS:
		return decide(xh < yl, xl >= yh)
	case token.LEQ:
		return decide(xh <= yl, xl > yh)
	case token.GTR:
		return decide(xl > yh, xh <= yl)
	case token.GEQ:
		return decide(xl >= yh, xh < yl)
	}
	return maybe
}

func addSat(a, d int64) int64 {
	switch {
	case a == math.MinInt64 || a == math.MaxInt64:
		return a
	case d > 0 && a > math.MaxInt64-d:
		return math.MaxInt64
	case d < 0 && a < math.MinInt64-d:
		return math.MinInt64
	}
	return a + d
}
