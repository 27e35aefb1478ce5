package provider

import "errors"

// Input flags of IMsgStore::StoreLogoff and IMAPISupport::StoreLogoffTransports
// (MAPIDefS.h). Exactly one input flag is passed per call.
const (
	LOGOFF_NO_WAIT = 0x00000001
	LOGOFF_ORDERLY = 0x00000002
	LOGOFF_PURGE   = 0x00000004
	LOGOFF_ABORT   = 0x00000008
	LOGOFF_QUIET   = 0x00000010
)

// Output flags returned through lpulFlags.
const (
	LOGOFF_COMPLETE       = 0x00010000
	LOGOFF_INBOUND        = 0x00020000
	LOGOFF_OUTBOUND       = 0x00040000
	LOGOFF_OUTBOUND_QUEUE = 0x00080000
)

// Status-table row flags used with ModifyStatusRow.
const (
	STATUS_AVAILABLE = 0x00000001
	STATUS_OFFLINE   = 0x00000002
)

// ErrInvalidParameter is MAPI_E_INVALID_PARAMETER as a Go error.
var ErrInvalidParameter = errors.New("MAPI_E_INVALID_PARAMETER")

// Support is the part of IMAPISupport that the store uses. MAPI hands it to
// the provider at logon; the store holds one reference to it for its lifetime.
type Support interface {
	// StoreLogoffTransports tells MAPI that the store is going away, so the
	// transports tied to it can log off. flags is in/out.
	StoreLogoffTransports(flags *uint32) error
	// ModifyStatusRow updates the provider's row in the status table.
	ModifyStatusRow(status uint32, text string) error
	// SpoolerNotify tells the MAPI spooler about a change in the store.
	SpoolerNotify(flags uint32) error
	// Release drops the store's reference. The last release makes MAPI call
	// IMSLogon::Logoff, which releases every object the store still has open.
	Release() uint32
}

// Folder is an open folder of the store.
type Folder interface {
	Name() string
	Close() error
}
