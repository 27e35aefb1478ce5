// Package flagforms exercises how abortflag follows the flags argument by
// value: through address-taken locals, later stores, conversions, new(),
// constants under other names (also from another package) and helper
// parameters. Every store uses a bool tracking field and the correct guard,
// so only the flag value decides.
package flagforms

import "abortflag/flagforms/mapidefs"

// ULONG is the Windows ULONG.
type ULONG uint32

// Local names for the abort value; judged by value, not by name.
const (
	shutdownAbort uint32 = 0x8
	shutdownNow          = 1
	logoffHurry          = 0x80000000 // MAPISPI.h, transports only
)

// assignStore declares the local zero and stores LOGOFF_ABORT before the
// call. Correct: silent.
type assignStore struct {
	support   Support
	loggedOff bool
}

func (s *assignStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *assignStore) Release() uint32 {
	if !s.loggedOff {
		var flags uint32
		flags = LOGOFF_ABORT
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

// overwriteStore starts from LOGOFF_NO_WAIT but overwrites it with
// LOGOFF_ABORT before the call. Correct: silent.
type overwriteStore struct {
	support   Support
	loggedOff bool
}

func (s *overwriteStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *overwriteStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(LOGOFF_NO_WAIT)
		flags = LOGOFF_ABORT
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

// convStore keeps the flags in a ULONG and converts the pointer at the call.
// Correct: silent.
type convStore struct {
	support   Support
	loggedOff bool
}

func (s *convStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *convStore) Release() uint32 {
	if !s.loggedOff {
		flags := ULONG(LOGOFF_ABORT)
		s.support.StoreLogoffTransports((*uint32)(&flags))
	}
	return s.support.Release()
}

// newStore allocates the flags with new and stores through the pointer.
// Correct: silent.
type newStore struct {
	support   Support
	loggedOff bool
}

func (s *newStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *newStore) Release() uint32 {
	if !s.loggedOff {
		flags := new(uint32)
		*flags = LOGOFF_ABORT
		s.support.StoreLogoffTransports(flags)
	}
	return s.support.Release()
}

// namedStore uses shutdownAbort, a constant of another name whose value is
// 8. Correct: silent.
type namedStore struct {
	support   Support
	loggedOff bool
}

func (s *namedStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *namedStore) Release() uint32 {
	if !s.loggedOff {
		flags := shutdownAbort
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

// importedStore uses mapidefs.LogoffAbort from another package, converted.
// Correct: silent.
type importedStore struct {
	support   Support
	loggedOff bool
}

func (s *importedStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *importedStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(mapidefs.LogoffAbort)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

// helperStore aborts through a helper method that takes the flags as a
// parameter. Correct: silent (whether or not the engine carries the constant
// into the helper, nothing is provably wrong).
type helperStore struct {
	support   Support
	loggedOff bool
}

func (s *helperStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *helperStore) stopTransports(flags uint32) error {
	return s.support.StoreLogoffTransports(&flags)
}

func (s *helperStore) Release() uint32 {
	if !s.loggedOff {
		s.stopTransports(LOGOFF_ABORT)
	}
	return s.support.Release()
}

// options holds shutdown settings loaded from the profile.
type options struct {
	shutdownFlags uint32
}

// optionsStore passes a field that StoreLogoff never writes: the value is
// unknown (not constant, not the saved flags), so abortflag stays silent.
type optionsStore struct {
	support   Support
	opts      options
	loggedOff bool
}

func (s *optionsStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *optionsStore) Release() uint32 {
	if !s.loggedOff {
		s.support.StoreLogoffTransports(&s.opts.shutdownFlags)
	}
	return s.support.Release()
}

// nowStore uses shutdownNow, a constant of another name whose value is 1.
// AF3 at the call; the message names the value's flag, LOGOFF_NO_WAIT.
type nowStore struct {
	support   Support
	loggedOff bool
}

func (s *nowStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *nowStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(shutdownNow)
		s.support.StoreLogoffTransports(&flags) // want `Release passes 0x1 \(LOGOFF_NO_WAIT\) to StoreLogoffTransports; it must pass LOGOFF_ABORT \(0x8\)`
	}
	return s.support.Release()
}

// importedNoWaitStore uses mapidefs.LogoffNoWait through a ULONG pointer
// conversion. AF3 at the call.
type importedNoWaitStore struct {
	support   Support
	loggedOff bool
}

func (s *importedNoWaitStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *importedNoWaitStore) Release() uint32 {
	if !s.loggedOff {
		flags := mapidefs.LogoffNoWait
		s.support.StoreLogoffTransports((*uint32)(&flags)) // want `Release passes 0x1 \(LOGOFF_NO_WAIT\) to StoreLogoffTransports; it must pass LOGOFF_ABORT \(0x8\)`
	}
	return s.support.Release()
}

// hurryStore passes the transport-side LOGOFF_HURRY, 0x80000000, which is
// no store flag. AF3 at the call, hex only.
type hurryStore struct {
	support   Support
	loggedOff bool
}

func (s *hurryStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *hurryStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(logoffHurry)
		s.support.StoreLogoffTransports(&flags) // want `Release passes 0x80000000 to StoreLogoffTransports; it must pass LOGOFF_ABORT \(0x8\)`
	}
	return s.support.Release()
}

// quietAbortStore combines LOGOFF_ABORT with LOGOFF_QUIET (another input
// bit), so 0x18 is not abort. AF3 at the call, hex only.
type quietAbortStore struct {
	support   Support
	loggedOff bool
}

func (s *quietAbortStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *quietAbortStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT | LOGOFF_QUIET)
		s.support.StoreLogoffTransports(&flags) // want `Release passes 0x18 to StoreLogoffTransports; it must pass LOGOFF_ABORT \(0x8\)`
	}
	return s.support.Release()
}
