package flagtype

// ULONG is the Windows ULONG; the binding declares StoreLogoffTransports'
// flags with it.
type ULONG uint32

// Logoff flags (MAPIDefS.h) under Go-style names.
const (
	LogoffNoWait  ULONG = 0x00000001
	LogoffOrderly ULONG = 0x00000002
	LogoffAbort   ULONG = 0x00000008
)

// Support is the part of IMAPISupport a message store uses at shutdown.
type Support interface {
	StoreLogoffTransports(lpulFlags *ULONG) error
	Release() uint32
}
