package mapi

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestIsAbort(t *testing.T) {
	for flags, want := range map[uint64]bool{
		LogoffAbort:                    true,
		LogoffAbort | LogoffComplete:   true,  // output bits do not matter
		LogoffNoWait:                   false, // LOGOFF_NORMAL of transports, not abort
		LogoffAbort | LogoffNoWait:     false, // input flags are exclusive
		0:                              false,
		0x80000000:                     false, // LOGOFF_HURRY of transports
		LogoffAbort | LogoffQuiet:      false,
		LogoffComplete | LogoffInbound: false,
	} {
		assert.Equal(t, want, IsAbort(flags), "IsAbort(%#x)", flags)
	}
}

func TestIsFailure(t *testing.T) {
	assert.True(t, IsFailure(0x80070057))  // MAPI_E_INVALID_PARAMETER
	assert.True(t, IsFailure(0x80040102))  // MAPI_E_NO_SUPPORT
	assert.False(t, IsFailure(0))          // S_OK
	assert.False(t, IsFailure(0x00040680)) // MAPI_W_ERRORS_RETURNED
}

func TestDescribeFlags(t *testing.T) {
	assert.Equal(t, "0x1 (LOGOFF_NO_WAIT)", DescribeFlags(LogoffNoWait))
	assert.Equal(t, "0x10000 (LOGOFF_COMPLETE)", DescribeFlags(LogoffComplete))
	assert.Equal(t, "0x9", DescribeFlags(0x9))
	assert.Equal(t, "0x0", DescribeFlags(0))
}
