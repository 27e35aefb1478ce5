// Package storelogoff exercises //mapilint:ignore directives with the
// storelogoff pass: it silences its own diagnostics only, reports its
// directives that have no reason or silence nothing, and, as the owner of
// directives naming no known pass, reports those too.
package storelogoff

// noopStore's StoreLogoff never calls StoreLogoffTransports; the diagnostic
// at its name is silenced by the directive on the line above.
type noopStore struct {
	support   Support
	loggedOff bool
}

//mapilint:ignore storelogoff the transports of this store log off through its logon object
func (s *noopStore) StoreLogoff(lpulFlags *uint32) error {
	s.loggedOff = true
	return nil
}

func (s *noopStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

// trailingStore closes a folder first; a trailing directive silences it.
type trailingStore struct {
	support   Support
	inbox     Folder
	loggedOff bool
}

func (s *trailingStore) StoreLogoff(lpulFlags *uint32) error {
	s.inbox.Close() //mapilint:ignore storelogoff the inbox holds no transport state
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *trailingStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

// stackedStore has two directives stacked above the reported line: the one
// for storelogoff still covers it.
type stackedStore struct {
	support   Support
	loggedOff bool
}

// StoreLogoff of stackedStore only marks the store.
//
//mapilint:ignore storelogoff stacked above another directive
//mapilint:ignore abortflag stacked below the storelogoff directive
func (s *stackedStore) StoreLogoff(lpulFlags *uint32) error {
	s.loggedOff = true
	return nil
}

func (s *stackedStore) Release() uint32 {
	return s.support.Release()
}

// badStore gets directives that do not silence storelogoff: one for another
// pass, malformed ones, look-alikes, and one on a line that has no
// diagnostic.
type badStore struct {
	support   Support
	inbox     Folder
	cache     Folder
	loggedOff bool
}

func (s *badStore) StoreLogoff(lpulFlags *uint32) error {
	_ = lpulFlags //mapilint:ignore storelogoff a trailing directive covers its own line only // want `mapilint:ignore directive for storelogoff silences nothing`
	//mapilint:ignore releaseorder names another pass
	s.inbox.Close() // want `call to s\.inbox\.Close runs before s\.support\.StoreLogoffTransports; StoreLogoff must begin with that call`
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *badStore) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	s.cache.Release() //mapilint:ignore storelogoff nothing storelogoff reports is on this line // want `mapilint:ignore directive for storelogoff silences nothing`
	return s.support.Release()
}

type malformedStore struct {
	support   Support
	inbox     Folder
	cache     Folder
	loggedOff bool
}

func (s *malformedStore) StoreLogoff(lpulFlags *uint32) error {
	// want +1 `mapilint:ignore directive for storelogoff needs a reason`
	//mapilint:ignore storelogoff
	s.inbox.Close() // want `call to s\.inbox\.Close runs before`
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *malformedStore) Release() uint32 {
	//mapilint:ignore abortflag
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

type typoStore struct {
	support   Support
	loggedOff bool
}

//mapilint:ignore storelogof misspelt // want `mapilint:ignore names unknown pass "storelogof"`
func (s *typoStore) StoreLogoff(lpulFlags *uint32) error { // want `StoreLogoff never calls StoreLogoffTransports and does not save its flags for Release`
	s.loggedOff = true
	return nil
}

func (s *typoStore) Release() uint32 {
	// want +1 `mapilint:ignore directive needs a pass name and a reason`
	//mapilint:ignore
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

type lookalikeStore struct {
	support   Support
	loggedOff bool
}

// Neither comment below is a directive: one has a space after the slashes,
// the other is not spelt mapilint:ignore.
//
// mapilint:ignore storelogoff not a directive
//
//mapilint:ignored storelogoff not a directive either
func (s *lookalikeStore) StoreLogoff(lpulFlags *uint32) error { // want `StoreLogoff never calls StoreLogoffTransports`
	s.loggedOff = true
	return nil
}

func (s *lookalikeStore) Release() uint32 {
	/* mapilint:ignore storelogoff a block comment is no directive */
	return s.support.Release()
}
