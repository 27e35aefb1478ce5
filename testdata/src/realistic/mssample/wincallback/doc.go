// Package wincallback ports Microsoft's Sample Message Store (MSPMS.C,
// MSPOBJ.C) to a pure-Go COM server for Windows: the vtable holds the
// uintptr slots MAPI calls, made with syscall.NewCallback from free
// functions whose first parameter is the store. The deferred protocol, as
// in the sample; but the port frees the store on the last release by
// releasing the support object first and neutering afterwards, and the
// neutering unsubscribes from the support object and calls
// StoreLogoffTransports on it.
//
// The store is in store_windows.go; with another GOOS this package is this
// file alone.
package wincallback
