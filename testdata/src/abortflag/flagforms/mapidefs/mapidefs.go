// Package mapidefs declares the logoff flags under Go-style names, the way a
// binding package would. Nothing here is a store: silent.
package mapidefs

// ULONG is the Windows ULONG.
type ULONG uint32

// Logoff flags (MAPIDefS.h).
const (
	LogoffNoWait   ULONG = 0x00000001
	LogoffOrderly  ULONG = 0x00000002
	LogoffPurge    ULONG = 0x00000004
	LogoffAbort    ULONG = 0x00000008
	LogoffQuiet    ULONG = 0x00000010
	LogoffComplete ULONG = 0x00010000
)
