// Package directive exercises releaseorder on functions marked with the
// //mapilint:storelogoff and //mapilint:release directives: entry points the
// recognised shapes miss (free functions called by hand-written COM glue,
// methods with other names). Messages are matched without the leading
// "Release", whose wording for such functions is the engine's choice.
package directive

import "sync/atomic"

// provider is torn down by two free functions the glue code calls.
// Correct: silent.
type provider struct {
	support   Support
	loggedOff bool
}

// providerLogoff is IMsgStore::StoreLogoff.
//
//mapilint:storelogoff
func providerLogoff(s *provider, lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

// providerRelease is the final IUnknown::Release.
//
//mapilint:release
func providerRelease(s *provider) uint32 {
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.support.Release()
}

// leakyProvider's release function only drops its folder. RO1 at the
// function name.
type leakyProvider struct {
	support   Support
	inbox     *folder
	loggedOff bool
}

//mapilint:storelogoff
func leakyLogoff(s *leakyProvider, lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

//mapilint:release
func leakyRelease(s *leakyProvider) uint32 { // want `never releases the support object s\.support`
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	return s.inbox.Release()
}

// session marks methods with other names: Logoff and Close. It is reference
// counted with atomic.AddInt32; the final path returns early when the inbox
// is still open. RO2 at that return.
type session struct {
	support   Support
	refs      int32
	inbox     *folder
	loggedOff bool
}

// Logoff ends the session on the client's request.
//
//mapilint:storelogoff
func (s *session) Logoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

// Close drops one reference.
//
//mapilint:release
func (s *session) Close() error {
	if atomic.AddInt32(&s.refs, -1) > 0 {
		return nil
	}
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	if s.inbox != nil {
		return nil // want `returns here without releasing the support object s\.support`
	}
	s.support.Release()
	return nil
}

// lateProvider releases first, then aborts the transports. RO5 at the late
// call.
type lateProvider struct {
	support   Support
	loggedOff bool
}

//mapilint:storelogoff
func lateLogoff(s *lateProvider, lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

//mapilint:release
func lateRelease(s *lateProvider) uint32 {
	n := s.support.Release()
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags) // want `s\.support is used after its Release`
	}
	return n
}

// closer has an unmarked Close and no StoreLogoff: not a store. Silent.
type closer struct {
	support Support
}

func (c *closer) Close() error {
	return nil
}

var (
	_ = providerLogoff
	_ = providerRelease
	_ = leakyLogoff
	_ = leakyRelease
	_ = lateLogoff
	_ = lateRelease
)
