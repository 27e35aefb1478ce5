// Package wrappers exercises the rule that a type in front of another
// provider's store is not a store to check: it holds no support object (no
// field, embedded value or package variable reaching one, through fields,
// pointers and interfaces) and its StoreLogoff forwards to another object's
// StoreLogoff, whose own code does the protocol. Every store shape appears:
// methods (methods.go), generic types (generic.go), vtable callbacks
// (vtable.go) and directives (directive.go). Each has a broken twin: the
// same wrapper holding a support object is a store and is checked as any
// other, so its forwarding StoreLogoff is reported.
package wrappers

import "errors"

// Input flags of StoreLogoff and StoreLogoffTransports (MAPIDefS.h).
const (
	LOGOFF_NO_WAIT = 0x00000001
	LOGOFF_ORDERLY = 0x00000002
	LOGOFF_PURGE   = 0x00000004
	LOGOFF_ABORT   = 0x00000008
	LOGOFF_QUIET   = 0x00000010
)

// HRESULT is a COM status code.
type HRESULT uint32

const (
	S_OK                     HRESULT = 0x00000000
	MAPI_E_CALL_FAILED       HRESULT = 0x80004005
	MAPI_E_INVALID_PARAMETER HRESULT = 0x80070057
)

var errInvalid = errors.New("wrappers: invalid argument")

// Support is the provider's view of IMAPISupport.
type Support interface {
	StoreLogoffTransports(lpulFlags *uint32) error
	Release() uint32
}

// Store is another provider's IMsgStore, as a wrapper in front of it sees
// it.
type Store interface {
	StoreLogoff(lpulFlags *uint32) error
	Release() uint32
}

// logon is per-logon state; it holds the support object.
type logon struct {
	sup     Support
	profile string
}
