// Package comlib is a COM helper library in a package of its own, as
// stores import them. Only its functions that take a value of the support
// object's shape get a Summary fact from the full path engine; the ones
// that take anything with a Release method (every function of a real COM
// library does) get none, so a store that hands them its support object
// calls unknown code with it, and the passes stay silent about what
// follows. It declares no store: silent.
package comlib

import "log"

// Support is the support object's shape: StoreLogoffTransports and Release.
type Support interface {
	StoreLogoffTransports(lpulFlags *uint32) error
	Release() uint32
}

// Releaser is IUnknown's Release and nothing else.
type Releaser interface {
	Release() uint32
}

// Logoff calls StoreLogoffTransports on its support parameter, and logs a
// failure. A Summary says so.
func Logoff(sup Support, lpulFlags *uint32) error {
	err := sup.StoreLogoffTransports(lpulFlags)
	if err != nil {
		log.Printf("comlib: StoreLogoffTransports(%#x): %v", *lpulFlags, err)
	}
	return err
}

// ReleaseSupport releases its support parameter. A Summary says so.
func ReleaseSupport(sup Support) uint32 {
	return sup.Release()
}

// ReleaseAny releases anything it is given. It takes no value of the
// support object's shape: no Summary.
func ReleaseAny(obj Releaser) uint32 {
	n := obj.Release()
	log.Printf("comlib: %T released, %d references left", obj, n)
	return n
}

// ShutdownAny ends anything it is given: no Summary either.
func ShutdownAny(obj Releaser) {
	for obj.Release() > 0 {
	}
}
