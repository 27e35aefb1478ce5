// Package comutil holds COM helpers in a package of their own; releaseorder
// follows them through analysis facts. It declares no store: silent.
package comutil

import "log"

// Releaser is anything with an IUnknown-style Release.
type Releaser interface {
	Release() uint32
}

// ReleaseAndLog releases obj and logs the remaining count.
func ReleaseAndLog(obj Releaser) uint32 {
	n := obj.Release()
	log.Printf("%T released, %d references left", obj, n)
	return n
}

// Trace logs obj and does nothing else.
func Trace(obj Releaser) {
	log.Printf("releasing %T", obj)
}
