package pkgvarflags

// neverLoggedOffFlags is what Release passes when StoreLogoff never ran:
// LOGOFF_ABORT, and it never changes. hurryFlags is LOGOFF_NO_WAIT.
var (
	neverLoggedOffFlags uint32 = LOGOFF_ABORT
	hurryFlags          uint32 = LOGOFF_NO_WAIT
)

// substituteStore follows the deferred protocol: its constructor leaves the
// saved flags zero, and Release substitutes neverLoggedOffFlags when
// StoreLogoff never ran. Correct twin: silent.
type substituteStore struct {
	support      Support
	logoffFlags  uint32
	calledLogoff bool
}

func newSubstituteStore(sup Support) *substituteStore {
	return &substituteStore{support: sup}
}

func (s *substituteStore) StoreLogoff(lpulFlags *uint32) error {
	s.logoffFlags = *lpulFlags
	s.calledLogoff = true
	return nil
}

func (s *substituteStore) Release() uint32 {
	f := s.logoffFlags
	if !s.calledLogoff {
		f = neverLoggedOffFlags
	}
	s.support.StoreLogoffTransports(&f)
	return s.support.Release()
}

// hurriedSubstituteStore substitutes hurryFlags, LOGOFF_NO_WAIT, so the
// flags are not abort when StoreLogoff never ran. Broken twin: reported
// (the constructor's zero default is what the saved flags hold).
type hurriedSubstituteStore struct {
	support      Support
	logoffFlags  uint32
	calledLogoff bool
}

func newHurriedSubstituteStore(sup Support) *hurriedSubstituteStore {
	return &hurriedSubstituteStore{support: sup}
}

func (s *hurriedSubstituteStore) StoreLogoff(lpulFlags *uint32) error {
	s.logoffFlags = *lpulFlags
	s.calledLogoff = true
	return nil
}

func (s *hurriedSubstituteStore) Release() uint32 {
	f := s.logoffFlags
	if !s.calledLogoff {
		f = hurryFlags
	}
	s.support.StoreLogoffTransports(&f) // want `the saved flags s\.logoffFlags are 0x0, not LOGOFF_ABORT, when StoreLogoff was never called`
	return s.support.Release()
}
