// Package mapi holds the facts of the MAPI headers that mapilint judges code
// by: the StoreLogoffTransports flag values and the HRESULT severity bit.
// Values come from MAPIDefS.h (identical in the MAPI SDK, mingw-w64 and Wine).
package mapi

import "fmt"

// Input flags of IMsgStore::StoreLogoff and IMAPISupport::StoreLogoffTransports.
const (
	LogoffNoWait  = 0x00000001
	LogoffOrderly = 0x00000002
	LogoffPurge   = 0x00000004
	LogoffAbort   = 0x00000008
	LogoffQuiet   = 0x00000010
)

// Output flags, set by the callee.
const (
	LogoffComplete      = 0x00010000
	LogoffInbound       = 0x00020000
	LogoffOutbound      = 0x00040000
	LogoffOutboundQueue = 0x00080000
)

// inputMask covers every input flag; input flags are mutually exclusive.
const inputMask = LogoffNoWait | LogoffOrderly | LogoffPurge | LogoffAbort | LogoffQuiet

// severityBit is the HRESULT severity bit: set on every failure code.
const severityBit = 0x80000000

var flagNames = map[uint64]string{
	LogoffNoWait:        "LOGOFF_NO_WAIT",
	LogoffOrderly:       "LOGOFF_ORDERLY",
	LogoffPurge:         "LOGOFF_PURGE",
	LogoffAbort:         "LOGOFF_ABORT",
	LogoffQuiet:         "LOGOFF_QUIET",
	LogoffComplete:      "LOGOFF_COMPLETE",
	LogoffInbound:       "LOGOFF_INBOUND",
	LogoffOutbound:      "LOGOFF_OUTBOUND",
	LogoffOutboundQueue: "LOGOFF_OUTBOUND_QUEUE",
}

// IsAbort reports whether flags ask for an aborting logoff: LOGOFF_ABORT is
// set and no other input flag is.
func IsAbort(flags uint64) bool {
	return flags&inputMask == LogoffAbort
}

// IsFailure reports whether an HRESULT value has its severity bit set.
func IsFailure(hr uint64) bool {
	return hr&severityBit != 0
}

// DescribeFlags renders flags for a diagnostic: "0x1 (LOGOFF_NO_WAIT)" when
// the value is exactly one known flag, else the bare hexadecimal value.
func DescribeFlags(flags uint64) string {
	if name, ok := flagNames[flags]; ok {
		return fmt.Sprintf("%#x (%s)", flags, name)
	}
	return fmt.Sprintf("%#x", flags)
}
