// Package releaseorder exercises //mapilint:ignore directives with the
// releaseorder pass: it silences its own diagnostics only and reports its
// directives that have no reason or silence nothing, but not directives
// that name an unknown pass (storelogoff owns those).
package releaseorder

// leakStore never releases the support object; the diagnostic at Release's
// name is silenced by the directive on the line above.
type leakStore struct {
	support   Support
	loggedOff bool
}

func (s *leakStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

//mapilint:ignore releaseorder MAPI releases this support object for us
func (s *leakStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return 0
}

// earlyStore returns early on one final path; a trailing directive silences
// it.
type earlyStore struct {
	support   Support
	cache     Folder
	loggedOff bool
}

func (s *earlyStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *earlyStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	if s.cache != nil {
		return 0 //mapilint:ignore releaseorder the cache owner releases the support object
	}
	return s.support.Release()
}

// badStore gets directives that do not silence releaseorder.
type badStore struct {
	support   Support
	cache     Folder
	inbox     Folder
	loggedOff bool
}

func (s *badStore) StoreLogoff(lpulFlags *uint32) error {
	s.inbox.Close() //mapilint:ignore releaseorder storelogoff reports this line, not releaseorder // want `mapilint:ignore directive for releaseorder silences nothing`
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *badStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	if s.cache != nil {
		//mapilint:ignore abortflag names another pass
		return 0 // want `Release returns here without releasing the support object s\.support`
	}
	if s.inbox != nil {
		// want +1 `mapilint:ignore directive for releaseorder needs a reason`
		//mapilint:ignore releaseorder
		return 0 // want `Release returns here without releasing the support object s\.support`
	}
	n := s.support.Release()
	//mapilint:ignore relaseorder misspelt: storelogoff reports it, not releaseorder
	//mapilint:ignore
	//mapilint:ignore storelogoff
	return n
}
