// Package mapidefs declares MAPI types in a package of their own.
package mapidefs

// ULONG is MAPI's unsigned long.
type ULONG uint32

// LogoffAbort is LOGOFF_ABORT.
const LogoffAbort ULONG = 0x8

// Support is the part of IMAPISupport a store uses.
type Support interface {
	StoreLogoffTransports(lpulFlags *ULONG) error
	Release() uint32
}
