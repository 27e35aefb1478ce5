// Package giveup exercises what releaseorder says when the engine cannot
// follow every path of Release: a path that hands the store to code it
// cannot see, or that defers more than four calls that are not harmless.
// Such a path may release the support object, so "never releases" is not
// said.
package giveup

// Support is the provider's view of IMAPISupport.
type Support interface {
	StoreLogoffTransports(lpulFlags *uint32) error
	ModifyStatusRow() error
	Release() uint32
}

// Folder is an open folder handed out by a store.
type Folder interface {
	Close() error
}

// Finalizer releases a store's resources; the analyzer cannot see what it
// does.
type Finalizer interface {
	Finalize(s *escapeStore)
}

// escapeStore hands itself to a Finalizer on one path, which may release
// the support object. Silent (not "never releases").
type escapeStore struct {
	support Support
	fin     Finalizer
}

func (s *escapeStore) StoreLogoff(lpulFlags *uint32) error {
	return s.support.StoreLogoffTransports(lpulFlags)
}

func (s *escapeStore) Release() uint32 {
	if s.fin != nil {
		s.fin.Finalize(s)
	}
	return 0
}

// manyDefersStore defers five calls on one path, one of them the release:
// more than the engine follows. Silent.
type manyDefersStore struct {
	support Support
	inbox   Folder
	closing func() bool
}

func (s *manyDefersStore) StoreLogoff(lpulFlags *uint32) error {
	return s.support.StoreLogoffTransports(lpulFlags)
}

func (s *manyDefersStore) Release() uint32 {
	defer s.inbox.Close()
	if s.closing() {
		defer s.support.Release()
		defer s.support.ModifyStatusRow()
		defer s.inbox.Close()
	}
	defer s.support.ModifyStatusRow()
	return 0
}

// fewDefersStore is manyDefersStore without the release and with four
// deferred calls: the engine follows every path, and none releases.
type fewDefersStore struct {
	support Support
	inbox   Folder
	closing func() bool
}

func (s *fewDefersStore) StoreLogoff(lpulFlags *uint32) error {
	return s.support.StoreLogoffTransports(lpulFlags)
}

func (s *fewDefersStore) Release() uint32 { // want `Release never releases the support object s\.support`
	defer s.inbox.Close()
	if s.closing() {
		defer s.support.ModifyStatusRow()
		defer s.inbox.Close()
	}
	defer s.support.ModifyStatusRow()
	return 0
}
