// Package rawcom exercises releaseorder when the support object is a raw COM
// pointer called through its vtable slots with .Call, the way
// golang.org/x/sys/windows code calls a *windows.Proc:
// x.vtbl.StoreLogoffTransports.Call(uintptr(unsafe.Pointer(x)), ...) and
// x.vtbl.Release.Call(uintptr(unsafe.Pointer(x))).
package rawcom

import "unsafe"

// MAPI logoff flags, by value as in MAPIDefS.h.
const (
	LOGOFF_NO_WAIT = 0x00000001
	LOGOFF_ORDERLY = 0x00000002
	LOGOFF_ABORT   = 0x00000008
)

// comProc is one vtable slot. On Windows, Call would be syscall.SyscallN.
type comProc uintptr

func (p comProc) Call(args ...uintptr) (r1, r2 uintptr, lastErr error) {
	return 0, 0, nil
}

// IMAPISupportVtbl is the (abridged) IMAPISupport vtable.
type IMAPISupportVtbl struct {
	QueryInterface        comProc
	AddRef                comProc
	Release               comProc
	GetLastError          comProc
	StoreLogoffTransports comProc
}

// IMAPISupport is the raw COM support object handed to the provider.
type IMAPISupport struct {
	vtbl *IMAPISupportVtbl
}

// rawStore calls its support object through the vtable and releases it
// last. Correct: silent.
type rawStore struct {
	support   *IMAPISupport
	loggedOff bool
}

func (s *rawStore) StoreLogoff(lpulFlags *uint32) error {
	_, _, err := s.support.vtbl.StoreLogoffTransports.Call(uintptr(unsafe.Pointer(s.support)), uintptr(unsafe.Pointer(lpulFlags)))
	s.loggedOff = true
	return err
}

func (s *rawStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.vtbl.StoreLogoffTransports.Call(uintptr(unsafe.Pointer(s.support)), uintptr(unsafe.Pointer(&flags)))
	}
	r, _, _ := s.support.vtbl.Release.Call(uintptr(unsafe.Pointer(s.support)))
	return uint32(r)
}

// rawLeakStore never calls the Release slot of its support object.
// RO1 at the function name.
type rawLeakStore struct {
	support   *IMAPISupport
	loggedOff bool
}

func (s *rawLeakStore) StoreLogoff(lpulFlags *uint32) error {
	_, _, err := s.support.vtbl.StoreLogoffTransports.Call(uintptr(unsafe.Pointer(s.support)), uintptr(unsafe.Pointer(lpulFlags)))
	s.loggedOff = true
	return err
}

func (s *rawLeakStore) Release() uint32 { // want `Release never releases the support object s\.support`
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.vtbl.StoreLogoffTransports.Call(uintptr(unsafe.Pointer(s.support)), uintptr(unsafe.Pointer(&flags)))
	}
	return 0
}

// rawLateStore calls the Release slot and then the StoreLogoffTransports
// slot. RO5 at the late raw call.
type rawLateStore struct {
	support   *IMAPISupport
	loggedOff bool
}

func (s *rawLateStore) StoreLogoff(lpulFlags *uint32) error {
	_, _, err := s.support.vtbl.StoreLogoffTransports.Call(uintptr(unsafe.Pointer(s.support)), uintptr(unsafe.Pointer(lpulFlags)))
	s.loggedOff = true
	return err
}

func (s *rawLateStore) Release() uint32 {
	r, _, _ := s.support.vtbl.Release.Call(uintptr(unsafe.Pointer(s.support)))
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.vtbl.StoreLogoffTransports.Call(uintptr(unsafe.Pointer(s.support)), uintptr(unsafe.Pointer(&flags))) // want `s\.support is used after its Release`
	}
	return uint32(r)
}
