package pkgvarflags

import (
	"os"

	"abortflag/pkgvarflags/shutdown"
)

// Constant in practice: judged by value.
var (
	abortFlags   uint32 = LOGOFF_ABORT
	noWaitFlags  uint32 = LOGOFF_NO_WAIT
	quietFlags          = uint32(LOGOFF_QUIET)
	ulongAbort   ULONG  = LOGOFF_ABORT
	zeroFlags    uint32 // never assigned: zero
	helperFlags  uint32 = LOGOFF_ORDERLY
	closureAbort uint32 = LOGOFF_ABORT
)

// abortVarStore aborts with abortFlags, LOGOFF_ABORT in a variable
// nothing changes. Correct twin: silent.
type abortVarStore struct {
	support   Support
	loggedOff bool
}

func (s *abortVarStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *abortVarStore) Release() uint32 {
	if !s.loggedOff {
		flags := abortFlags
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

// noWaitVarStore passes noWaitFlags, LOGOFF_NO_WAIT in a variable nothing
// changes. Broken twin: reported.
type noWaitVarStore struct {
	support   Support
	loggedOff bool
}

func (s *noWaitVarStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *noWaitVarStore) Release() uint32 {
	if !s.loggedOff {
		flags := noWaitFlags
		s.support.StoreLogoffTransports(&flags) // want `Release passes 0x1 \(LOGOFF_NO_WAIT\) to StoreLogoffTransports; it must pass LOGOFF_ABORT \(0x8\)`
	}
	return s.support.Release()
}

// quietVarStore passes LOGOFF_QUIET from a variable declared with a
// conversion. Reported.
type quietVarStore struct {
	support   Support
	loggedOff bool
}

func (s *quietVarStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *quietVarStore) Release() uint32 {
	if !s.loggedOff {
		flags := quietFlags
		s.support.StoreLogoffTransports(&flags) // want `Release passes 0x10 \(LOGOFF_QUIET\) to StoreLogoffTransports; it must pass LOGOFF_ABORT \(0x8\)`
	}
	return s.support.Release()
}

// ulongVarStore converts a ULONG variable holding LOGOFF_ABORT. Silent.
type ulongVarStore struct {
	support   Support
	loggedOff bool
}

func (s *ulongVarStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *ulongVarStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(ulongAbort)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

// zeroVarStore passes a variable that is never assigned: zero. Reported.
type zeroVarStore struct {
	support   Support
	loggedOff bool
}

func (s *zeroVarStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *zeroVarStore) Release() uint32 {
	if !s.loggedOff {
		flags := zeroFlags
		s.support.StoreLogoffTransports(&flags) // want `Release passes 0x0 to StoreLogoffTransports; it must pass LOGOFF_ABORT \(0x8\)`
	}
	return s.support.Release()
}

// helperVarStore hands LOGOFF_ORDERLY from a variable to a helper that
// takes the flags by value. Reported at the call of the helper.
type helperVarStore struct {
	support   Support
	loggedOff bool
}

func (s *helperVarStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *helperVarStore) logoffWith(flags uint32) {
	s.support.StoreLogoffTransports(&flags)
}

func (s *helperVarStore) Release() uint32 {
	if !s.loggedOff {
		s.logoffWith(helperFlags) // want `Release passes 0x2 \(LOGOFF_ORDERLY\) to StoreLogoffTransports; it must pass LOGOFF_ABORT \(0x8\)`
	}
	return s.support.Release()
}

// closureVarStore reads LOGOFF_ABORT from a variable inside a closure.
// Silent.
type closureVarStore struct {
	support   Support
	loggedOff bool
}

func (s *closureVarStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *closureVarStore) Release() uint32 {
	abort := func() {
		flags := closureAbort
		s.support.StoreLogoffTransports(&flags)
	}
	if !s.loggedOff {
		abort()
	}
	return s.support.Release()
}

// libraryStore aborts through another package's helper, which reads its
// own LOGOFF_ABORT variable. Silent.
type libraryStore struct {
	support   Support
	loggedOff bool
}

func (s *libraryStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *libraryStore) Release() uint32 {
	if !s.loggedOff {
		shutdown.Abort(s.support)
	}
	return s.support.Release()
}

// hurriedLibraryStore calls the helper whose variable holds
// LOGOFF_NO_WAIT. Reported at the call.
type hurriedLibraryStore struct {
	support   Support
	loggedOff bool
}

func (s *hurriedLibraryStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *hurriedLibraryStore) Release() uint32 {
	if !s.loggedOff {
		shutdown.Hurry(s.support) // want `Release passes 0x1 \(LOGOFF_NO_WAIT\) to StoreLogoffTransports; it must pass LOGOFF_ABORT \(0x8\)`
	}
	return s.support.Release()
}

// ---------------------------------------------------------------------------
// Look-alikes: variables that are not constants. Each holds LOGOFF_NO_WAIT
// where its store reads it, so judging it by its initialiser would report;
// since something may change it, it is unknown. Silent.

// ShutdownFlags is exported: another package may assign it.
var ShutdownFlags uint32 = LOGOFF_NO_WAIT

// assignedFlags is assigned by another function of the package.
var assignedFlags uint32 = LOGOFF_NO_WAIT

// SetFastShutdown changes assignedFlags.
func SetFastShutdown() { assignedFlags = LOGOFF_ABORT }

// initFlags is assigned by an init function.
var initFlags uint32 = LOGOFF_NO_WAIT

func init() {
	if os.Getenv("STORE_ABORT") != "" {
		initFlags = LOGOFF_ABORT
	}
}

// addrFlags has its address taken by another declaration.
var addrFlags uint32 = LOGOFF_NO_WAIT

var addrFlagsPtr = &addrFlags

// ptrArgFlags is passed by pointer to a function that may write it.
var ptrArgFlags uint32 = LOGOFF_NO_WAIT

func configure(p *uint32) { *p = LOGOFF_ABORT }

// Configure sets ptrArgFlags through configure.
func Configure() { configure(&ptrArgFlags) }

// logoffFlags has a pointer-receiver method, which takes the address of the
// variable it is called on.
type logoffFlags uint32

func (f *logoffFlags) set(v uint32) { *f = logoffFlags(v) }

var methodFlags logoffFlags = LOGOFF_NO_WAIT

// UseAbort sets methodFlags through its pointer-receiver method.
func UseAbort() { methodFlags.set(LOGOFF_ABORT) }

// callFlags is initialised by a call.
var callFlags = defaultFlags()

func defaultFlags() uint32 { return LOGOFF_NO_WAIT }

// copiedFlags is initialised from another variable.
var copiedFlags = noWaitFlags

// incFlags is incremented somewhere.
var incFlags uint32 = LOGOFF_NO_WAIT

// Bump increments incFlags.
func Bump() { incFlags++ }

// directFlags is passed by address to StoreLogoffTransports itself, which
// writes its output flags back into it.
var directFlags uint32 = LOGOFF_NO_WAIT

// exportedVarStore passes the exported variable. Silent.
type exportedVarStore struct {
	support   Support
	loggedOff bool
}

func (s *exportedVarStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *exportedVarStore) Release() uint32 {
	if !s.loggedOff {
		flags := ShutdownFlags
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

// assignedVarStore passes the variable SetFastShutdown assigns. Silent.
type assignedVarStore struct {
	support   Support
	loggedOff bool
}

func (s *assignedVarStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *assignedVarStore) Release() uint32 {
	if !s.loggedOff {
		flags := assignedFlags
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

// initVarStore passes the variable init assigns. Silent.
type initVarStore struct {
	support   Support
	loggedOff bool
}

func (s *initVarStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *initVarStore) Release() uint32 {
	if !s.loggedOff {
		flags := initFlags
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

// addrVarStore passes the variable whose address addrFlagsPtr holds. Silent.
type addrVarStore struct {
	support   Support
	loggedOff bool
}

func (s *addrVarStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *addrVarStore) Release() uint32 {
	if !s.loggedOff {
		flags := addrFlags
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

// ptrArgVarStore passes the variable Configure passes by pointer. Silent.
type ptrArgVarStore struct {
	support   Support
	loggedOff bool
}

func (s *ptrArgVarStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *ptrArgVarStore) Release() uint32 {
	if !s.loggedOff {
		flags := ptrArgFlags
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

// methodVarStore passes the variable UseAbort sets through a pointer-receiver method. Silent.
type methodVarStore struct {
	support   Support
	loggedOff bool
}

func (s *methodVarStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *methodVarStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(methodFlags)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

// callVarStore passes the variable initialised by a call. Silent.
type callVarStore struct {
	support   Support
	loggedOff bool
}

func (s *callVarStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *callVarStore) Release() uint32 {
	if !s.loggedOff {
		flags := callFlags
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

// copiedVarStore passes the variable initialised from another variable. Silent.
type copiedVarStore struct {
	support   Support
	loggedOff bool
}

func (s *copiedVarStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *copiedVarStore) Release() uint32 {
	if !s.loggedOff {
		flags := copiedFlags
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

// incVarStore passes the variable Bump increments. Silent.
type incVarStore struct {
	support   Support
	loggedOff bool
}

func (s *incVarStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *incVarStore) Release() uint32 {
	if !s.loggedOff {
		flags := incFlags
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

// directStore passes &directFlags. Silent.
type directStore struct {
	support   Support
	loggedOff bool
}

func (s *directStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *directStore) Release() uint32 {
	if !s.loggedOff {
		s.support.StoreLogoffTransports(&directFlags)
	}
	return s.support.Release()
}

var _ = addrFlagsPtr
