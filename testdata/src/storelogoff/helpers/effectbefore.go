package helpers

// finishLogoff is StoreLogoff's half in a free helper: it makes the call
// and records it through a pointer.
func finishLogoff(sup Support, lpulFlags *uint32, done *bool) error {
	err := sup.StoreLogoffTransports(lpulFlags)
	*done = true
	return err
}

// closerStore closes its inbox, then lets finishLogoff make the call: the
// close runs first. Broken twin: reported at the close.
type closerStore struct {
	support   Support
	inbox     Folder
	loggedOff bool
}

func (s *closerStore) StoreLogoff(lpulFlags *uint32) error {
	s.inbox.Close() // want `call to s\.inbox\.Close runs before s\.support\.StoreLogoffTransports; StoreLogoff must begin with that call`
	return finishLogoff(s.support, lpulFlags, &s.loggedOff)
}

func (s *closerStore) Release() uint32 {
	return s.support.Release()
}

// laterCloserStore lets finishLogoff make the call first. Correct twin:
// silent.
type laterCloserStore struct {
	support   Support
	inbox     Folder
	loggedOff bool
}

func (s *laterCloserStore) StoreLogoff(lpulFlags *uint32) error {
	err := finishLogoff(s.support, lpulFlags, &s.loggedOff)
	s.inbox.Close()
	return err
}

func (s *laterCloserStore) Release() uint32 {
	return s.support.Release()
}
