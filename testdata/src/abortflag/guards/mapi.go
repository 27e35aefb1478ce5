package guards

// MAPI logoff flags, by value as in MAPIDefS.h. The first five are input
// flags for StoreLogoffTransports; the rest are output bits it may set.
const (
	LOGOFF_NO_WAIT        = 0x00000001
	LOGOFF_ORDERLY        = 0x00000002
	LOGOFF_PURGE          = 0x00000004
	LOGOFF_ABORT          = 0x00000008
	LOGOFF_QUIET          = 0x00000010
	LOGOFF_COMPLETE       = 0x00010000
	LOGOFF_INBOUND        = 0x00020000
	LOGOFF_OUTBOUND       = 0x00040000
	LOGOFF_OUTBOUND_QUEUE = 0x00080000
)

// Support is the part of IMAPISupport a message store uses at shutdown.
type Support interface {
	StoreLogoffTransports(lpulFlags *uint32) error
	Release() uint32
}

// folder is an object the store keeps open. It has Release but no
// StoreLogoff, so it is not a store.
type folder struct {
	refs int32
}

func (f *folder) Release() uint32 {
	f.refs--
	return uint32(f.refs)
}
