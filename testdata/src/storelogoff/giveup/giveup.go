// Package giveup exercises what storelogoff says when the engine cannot
// follow every path of StoreLogoff: a path that hands the store to code
// it cannot see, or that defers more than four calls (as a loop of defers
// can). Such a path may make the call, so "never calls" is not said; the
// harmless deferred calls (defer s.mu.Unlock()) do not count.
package giveup

import "sync"

// Support is the provider's view of IMAPISupport.
type Support interface {
	StoreLogoffTransports(lpulFlags *uint32) error
	Release() uint32
}

// Folder is an open folder handed out by a store.
type Folder interface {
	Close() error
}

// Remote logs a store off on another machine; the analyzer cannot see
// what it does.
type Remote interface {
	Logoff(s *escapeStore, lpulFlags *uint32) error
}

// escapeStore hands itself to a Remote on one path, which may make the
// call. Silent (not "never calls").
type escapeStore struct {
	support Support
	remote  Remote
}

func (s *escapeStore) StoreLogoff(lpulFlags *uint32) error {
	if s.remote != nil {
		return s.remote.Logoff(s, lpulFlags)
	}
	return nil
}

func (s *escapeStore) Release() uint32 { return s.support.Release() }

// deferLoopStore closes every folder with a deferred call per folder, and
// releases the support object twice per folder: more than four deferred
// calls, whose order the engine does not follow. Silent.
type deferLoopStore struct {
	support Support
	folders []Folder
}

func (s *deferLoopStore) StoreLogoff(lpulFlags *uint32) error {
	for _, f := range s.folders {
		defer f.Close()
		defer s.support.Release()
	}
	return nil
}

func (s *deferLoopStore) Release() uint32 { return s.support.Release() }

// unlockLoopStore defers only harmless calls, however many: the engine
// follows every path, and StoreLogoff never makes the call.
type unlockLoopStore struct {
	support Support
	mu      sync.Mutex
	folders []Folder
}

func (s *unlockLoopStore) StoreLogoff(lpulFlags *uint32) error { // want `StoreLogoff never calls StoreLogoffTransports and does not save its flags for Release`
	for range s.folders {
		s.mu.Lock()
		defer s.mu.Unlock()
	}
	return nil
}

func (s *unlockLoopStore) Release() uint32 { return s.support.Release() }
