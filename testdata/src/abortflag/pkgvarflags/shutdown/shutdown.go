// Package shutdown is a helper library with its own flags variables, read
// by its exported helpers; stores of package pkgvarflags call them.
package shutdown

// Support is the library's view of IMAPISupport.
type Support interface {
	StoreLogoffTransports(lpulFlags *uint32) error
	Release() uint32
}

// abortOnRelease is LOGOFF_ABORT, and never changes.
var abortOnRelease uint32 = 0x8

// hurryOnRelease is LOGOFF_NO_WAIT, and never changes.
var hurryOnRelease uint32 = 0x1

// Abort tells MAPI the store is going away without a logoff: correct.
func Abort(sup Support) error {
	flags := abortOnRelease
	return sup.StoreLogoffTransports(&flags)
}

// Hurry passes LOGOFF_NO_WAIT, which a store's Release must not.
func Hurry(sup Support) error {
	flags := hurryOnRelease
	return sup.StoreLogoffTransports(&flags)
}
