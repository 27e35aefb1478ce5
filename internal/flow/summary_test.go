package flow

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/mapilint/mapilint/internal/model"
)

// TestEntryWorld: which exits of a helper's Summary a caller's paths take,
// by what the boolean state parameters point to in the caller.
func TestEntryWorld(t *testing.T) {
	done, closing := model.StoreField("done"), model.StoreField("closing")
	keys := []Key{
		{Path: done, value: boolVal(true), zero: boolVal(false)},
		{Path: closing, value: boolVal(true), zero: boolVal(false)},
	}
	a := &analysis{cfg: &Config{Keys: keys}, slots: map[model.Path]int{}}
	sum := &Summary{Bools: []int{1, 2}}
	states := map[int]model.Path{1: done, 2: closing}
	fresh := Tuple{World: Fresh, Count: CountZero}

	entry, known := a.entryWorld(sum, states, fresh)
	require.True(t, known)
	require.Equal(t, Fresh, entry, "both false before StoreLogoff")

	logged := fresh
	logged.World = LoggedOff
	entry, known = a.entryWorld(sum, states, logged)
	require.True(t, known)
	require.Equal(t, LoggedOff, entry, "both true after it")

	// The path wrote closing: the two disagree, no world fits, and the
	// paths take every exit (Opaque), rather than none.
	wrote := fresh
	wrote.Written[a.slot(closing, true)] = a.mark(boolVal(true))
	entry, known = a.entryWorld(sum, states, wrote)
	require.False(t, known)
	require.Equal(t, AnyWorld, entry)

	unknownField := map[int]model.Path{1: model.StoreField("other"), 2: closing}
	_, known = a.entryWorld(sum, unknownField, fresh)
	require.False(t, known, "a field that is not tracking state cannot be valued")
}
