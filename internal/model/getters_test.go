package model

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestGetters: which functions return what a pointer parameter points to.
func TestGetters(t *testing.T) {
	const src = `package p

func IsSet(done *bool) bool        { return *done }
func State(x int, st *int32) int32 { return (*st) }
func Not(done *bool) bool          { return !*done }
func Name(s *string) string        { return *s }
func Set(done *bool) bool          { *done = true; return *done }
`
	_, files, info := buildSrc(t, src)
	got := map[string]int{}
	for fn, i := range Getters(files, info) {
		got[fn.Name()] = i
	}
	assert.Equal(t, map[string]int{"IsSet": 0, "State": 1}, got)
}
