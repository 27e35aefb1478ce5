package flow

import (
	"go/types"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/mapilint/mapilint/internal/model"
)

// paths returns n tuples that differ in history and, every third one, in
// class, as many tests of copied fields make them.
func paths(n int) state {
	s := newState(n)
	for i := range n {
		t := Tuple{Count: CountAny, World: AnyWorld, guardsSeen: uint64(i)}
		t.Written[i%maxWritten] = uint8(1 + i%3)
		if i%3 == 0 {
			t.SLT = uint8(i % 2)
			t.Releases = uint8(i % 3)
		}
		s.add(t, Witness{})
	}
	return s
}

// TestBoundKeepsAtMostMaxTuples: whatever comes in, at most maxTuples go
// out, and every tuple that came in is covered by one that went out.
func TestBoundKeepsAtMostMaxTuples(t *testing.T) {
	for _, n := range []int{1, maxTuples, maxTuples + 1, 100, 1000} {
		a := &analysis{}
		in := paths(n)
		out := a.bound(&tuples{es: slices.Clone(in.es)})
		require.LessOrEqual(t, out.len(), maxTuples, "n=%d", n)
		require.Equal(t, n > maxTuples, a.bounded, "n=%d", n)
		for x := range in.all() {
			_, ok := out.covers(x)
			require.True(t, ok, "n=%d: %+v is not covered", n, x)
		}
	}
}

// TestBoundIsDeterministic: the result depends on the set, never on the
// order in which the tuples came.
func TestBoundIsDeterministic(t *testing.T) {
	a := &analysis{}
	in := paths(200)
	want := a.bound(in)
	rng := rand.New(rand.NewPCG(1, 2))
	for range 50 {
		es := slices.Clone(in.es)
		rng.Shuffle(len(es), func(i, j int) { es[i], es[j] = es[j], es[i] })
		shuffled := newState(len(es))
		for _, e := range es {
			shuffled.add(e.t, e.w)
		}
		require.Equal(t, want.es, a.bound(shuffled).es)
	}
}

// TestJoinWidensTowardSilence: history the paths disagree on is lost and
// read as opaque; a join of different classes is Widened and Escaped, so
// no verdict reads it; a join is idempotent and covers both sides.
func TestJoinWidensTowardSilence(t *testing.T) {
	x := Tuple{Count: CountZero, World: Fresh, defers: "\x01"}
	y := x
	x.Written[0], y.Written[0] = 1, 2
	y.defers = "\x02"
	j := join(x, y)
	require.False(t, j.Widened)
	require.Equal(t, uint8(writtenLost), j.Written[0])
	require.True(t, j.Escaped && j.deferOverflow, "differing pending calls: none run, the path gives up")
	require.Equal(t, j, join(j, x))
	require.Equal(t, j, join(j, y))

	z := x
	z.SLT, z.World = 1, LoggedOff
	w := join(x, z)
	require.True(t, w.Widened && w.Escaped)
	require.Equal(t, uint8(1), w.SLT)
	require.Equal(t, AnyWorld, w.World)
	require.Equal(t, w, join(w, z))
}

// TestLostFieldReadsOpaque: a test of a state field whose value the joined
// paths disagreed on is lost (the paths are then Widened).
func TestLostFieldReadsOpaque(t *testing.T) {
	done := model.ParamPath(0).Field("done")
	a := &analysis{cfg: &Config{}, slots: map[model.Path]int{}}
	i := a.slot(done, true)
	x, y := Tuple{World: Fresh, Count: CountZero}, Tuple{World: Fresh, Count: CountZero}
	x.Written[i], y.Written[i] = a.mark(boolVal(true)), a.mark(boolVal(false))
	ev := &evaluation{a: a, t: join(x, y), world: world{Fresh, CountZero}}
	require.Equal(t, maybe, ev.load(done, types.Typ[types.Bool]).truth())
	require.True(t, ev.lost)
	require.Equal(t, "done", ev.foreign, "still a guard on a field StoreLogoff never sets")

	ev = &evaluation{a: a, t: x, world: world{Fresh, CountZero}}
	require.Equal(t, yes, ev.load(done, types.Typ[types.Bool]).truth())
	require.False(t, ev.lost)
}
