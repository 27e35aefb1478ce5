package abortflag

// MAPI logoff flags, by value as in MAPIDefS.h.
const (
	LOGOFF_NO_WAIT = 0x00000001
	LOGOFF_ABORT   = 0x00000008
)

// Support is the provider's view of IMAPISupport.
type Support interface {
	StoreLogoffTransports(lpulFlags *uint32) error
	Release() uint32
}

// Folder is an open folder handed out by a store.
type Folder interface {
	Close() error
	Release() uint32
}
