// Package mapi is the small MAPI binding most packages of the realistic
// corpus share: the logoff flags by value (MAPIDefS.h), a few HRESULTs, and
// the interfaces a message store provider sees. It declares no store, so
// every pass is silent here.
package mapi

import "errors"

// Input flags of IMsgStore::StoreLogoff and IMAPISupport::StoreLogoffTransports.
const (
	LOGOFF_NO_WAIT = 0x00000001
	LOGOFF_ORDERLY = 0x00000002
	LOGOFF_PURGE   = 0x00000004
	LOGOFF_ABORT   = 0x00000008
	LOGOFF_QUIET   = 0x00000010
)

// Output flags of StoreLogoffTransports (and of StoreLogoff).
const (
	LOGOFF_COMPLETE       = 0x00010000
	LOGOFF_INBOUND        = 0x00020000
	LOGOFF_OUTBOUND       = 0x00040000
	LOGOFF_OUTBOUND_QUEUE = 0x00080000
)

// HRESULT is a COM status code.
type HRESULT uint32

// Status codes the corpus uses.
const (
	S_OK                     HRESULT = 0x00000000
	MAPI_E_CALL_FAILED       HRESULT = 0x80004005
	MAPI_E_NO_SUPPORT        HRESULT = 0x80040102
	MAPI_E_INVALID_PARAMETER HRESULT = 0x80070057
)

// Errors of the error-returning binding.
var (
	ErrInvalidParameter = errors.New("mapi: invalid parameter")
	ErrNoSupport        = errors.New("mapi: no support")
	ErrCallFailed       = errors.New("mapi: call failed")
)

// Support is the part of IMAPISupport a message store uses.
type Support interface {
	StoreLogoffTransports(lpulFlags *uint32) error
	Unsubscribe(conn uint32) error
	AddRef() uint32
	Release() uint32
}

// Unknown is IUnknown.
type Unknown interface {
	AddRef() uint32
	Release() uint32
}

// MsgStore is IMsgStore as a client, or a wrapper in front of another
// provider's store, sees it.
type MsgStore interface {
	StoreLogoff(lpulFlags *uint32) error
	AddRef() uint32
	Release() uint32
}
