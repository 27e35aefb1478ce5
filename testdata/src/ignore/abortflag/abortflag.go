// Package abortflag exercises //mapilint:ignore directives with the
// abortflag pass: it silences its own diagnostics only and reports its
// directives that have no reason or silence nothing, but not directives
// that name an unknown pass (storelogoff owns those).
package abortflag

// forgetfulStore's Release never makes the abort call; the diagnostic at
// its name is silenced by the directive on the line above.
type forgetfulStore struct {
	support   Support
	loggedOff bool
}

func (s *forgetfulStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

//mapilint:ignore abortflag the logon object aborts the transports
func (s *forgetfulStore) Release() uint32 {
	return s.support.Release()
}

// noWaitStore's Release makes an unguarded call with LOGOFF_NO_WAIT: two
// diagnostics on one line, both silenced by one trailing directive.
type noWaitStore struct {
	support   Support
	loggedOff bool
}

func (s *noWaitStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *noWaitStore) Release() uint32 {
	flags := uint32(LOGOFF_NO_WAIT)
	s.support.StoreLogoffTransports(&flags) //mapilint:ignore abortflag transports of this store ignore the flags
	return s.support.Release()
}

// badStore gets directives that do not silence abortflag.
type badStore struct {
	support   Support
	inbox     Folder
	loggedOff bool
}

func (s *badStore) StoreLogoff(lpulFlags *uint32) error {
	//mapilint:ignore abortflag storelogoff reports the next line, not abortflag // want `mapilint:ignore directive for abortflag silences nothing`
	s.inbox.Close()
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

//mapilint:ignore releaseorder names another pass
func (s *badStore) Release() uint32 { // want `Release does not call s\.support\.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	return s.support.Release()
}

type noReasonStore struct {
	support   Support
	loggedOff bool
}

func (s *noReasonStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *noReasonStore) Release() uint32 {
	flags := uint32(LOGOFF_ABORT)
	// want +1 `mapilint:ignore directive for abortflag needs a reason`
	//mapilint:ignore abortflag
	s.support.StoreLogoffTransports(&flags) // want `StoreLogoffTransports here is not guarded by the state StoreLogoff sets, so it runs a second time after StoreLogoff`
	//mapilint:ignore abortflg misspelt: storelogoff reports it, not abortflag
	//mapilint:ignore
	//mapilint:ignore releaseorder
	return s.support.Release()
}
