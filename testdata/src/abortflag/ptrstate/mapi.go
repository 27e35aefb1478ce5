// Package ptrstate exercises tracking state passed by pointer to helpers
// in another package (shutdown): StoreLogoff hands &s.loggedOff to a
// helper that writes it, Release hands it to a helper that tests it. The
// helpers' Summary facts carry what they write through the pointer and
// which of their paths need which value at entry, so the store is judged
// as if the helpers were its own code. A boolean is valued; an integer
// state word is written (StoreLogoff's helper makes it tracking state) but
// a helper's test of it cannot be valued: silent. Every store shape
// appears: methods (methods.go), generic types (generic.go), vtable
// callbacks (vtable.go), directives (directive.go).
package ptrstate

import "abortflag/ptrstate/shutdown"

// Support is the provider's view of IMAPISupport.
type Support = shutdown.Support

// HRESULT is a COM status code.
type HRESULT uint32

const (
	S_OK               HRESULT = 0x00000000
	MAPI_E_CALL_FAILED HRESULT = 0x80004005
)

// LOGOFF_ABORT is the abort flag of StoreLogoffTransports (MAPIDefS.h).
const LOGOFF_ABORT = 0x00000008
