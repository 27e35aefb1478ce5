package model

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCountName: which field names make a test of the field (or of its
// length) a second count (HeldEdge).
func TestCountName(t *testing.T) {
	for name, want := range map[string]bool{
		"children":    true,
		"nChildren":   true,
		"openCount":   true,
		"open_count":  true,
		"s.pending":   true,
		"numClients":  true,
		"refs":        false, // the reference count is found otherwise
		"items":       false,
		"conn":        false,
		"oqConn":      false,
		"opener":      false,
		"countryCode": false,
		"loggedOff":   false,
	} {
		assert.Equal(t, want, countName(name), name)
	}
}
