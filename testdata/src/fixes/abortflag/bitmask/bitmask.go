// Package bitmask holds eager-protocol stores whose tracking state is a bit
// of an integer field that StoreLogoff sets. Their Release never calls
// StoreLogoffTransports: AF1, and the suggested fix inserts the abort call
// guarded by `s.flags&<bit> == 0` before the support release.
// bitmask.go.golden is the fixed source.
package bitmask

import "sync"

// Store state bits.
const (
	flagDirty uint32 = 1 << iota
	flagLogoffDone
	flagReleased
)

// orStore sets its bit with |= after the call. (The field is named flags
// on purpose: it is state, not logoff flags, and the fix's own local flags
// does not clash with it.)
type orStore struct {
	support Support
	flags   uint32
}

func (s *orStore) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.flags |= flagLogoffDone
	return err
}

func (s *orStore) Release() uint32 { // want `Release does not call s\.support\.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	rc := s.support.Release()
	s.flags |= flagReleased
	return rc
}

// lockedStore takes its mutex, clears the dirty bit and sets the logoff bit
// in StoreLogoff; Release releases under the lock.
type lockedStore struct {
	mu      sync.Mutex
	support Support
	state   uint8
}

// Bits of lockedStore.state.
const (
	stateDirty     = 0x01
	stateLoggedOff = 0x40
)

func (s *lockedStore) StoreLogoff(lpulFlags *uint32) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.state &^= stateDirty
	s.state |= stateLoggedOff
	return err
}

func (s *lockedStore) Release() uint32 { // want `Release does not call s\.support\.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.support.Release()
}
