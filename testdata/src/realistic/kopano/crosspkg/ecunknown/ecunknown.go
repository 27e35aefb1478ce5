// Package ecunknown is the reference-counting base of Kopano's objects
// (kopano-core, common/ECUnknown.cpp) as a package of its own, the way a Go
// port shares it between the store, folder and message packages. It
// declares no store: silent.
package ecunknown

import "sync"

// Base keeps an object's reference count and its children.
type Base struct {
	mu       sync.Mutex
	cRef     uint32
	children int
}

// Init sets the count of a new object to one.
func (b *Base) Init() { b.cRef = 1 }

// AddRef adds a reference and returns the count.
func (b *Base) AddRef() uint32 {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.cRef++
	return b.cRef
}

// Unref drops a reference and returns the count left.
func (b *Base) Unref() uint32 {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.cRef == 0 {
		panic("ecunknown: released once too often")
	}
	b.cRef--
	return b.cRef
}
