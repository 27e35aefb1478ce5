// Package pkgvarflags exercises how abortflag judges flags kept in package
// variables. An unexported variable that no code of the package assigns or
// takes the address of, outside its declaration, is a constant in practice:
// Release passing it is judged by its initial value (or zero, without an
// initialiser). Any other variable (exported, assigned in another function
// or in init, its address taken, passed by pointer, a pointer-receiver
// method called on it, initialised from a call or another variable) is not
// a constant, and stays unknown: silent. Every store shape appears:
// methods (methods.go), generic types (generic.go), vtable callbacks
// (vtable.go), directives (directive.go), and a helper of another package
// that keeps its own flags variable (shutdown).
package pkgvarflags

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
	S_OK               HRESULT = 0x00000000
	MAPI_E_CALL_FAILED HRESULT = 0x80004005
)

// ULONG is the Windows ULONG.
type ULONG uint32

// Support is the provider's view of IMAPISupport.
type Support interface {
	StoreLogoffTransports(lpulFlags *uint32) error
	Release() uint32
}
