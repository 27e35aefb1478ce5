// Package embedded ports the object model of Microsoft's Sample Message
// Store (MSPOBJ.C) with Go embedding: every object of the sample (store,
// folder, message) begins with the same header, here an embedded object
// struct whose promoted methods keep the reference count under the
// object's lock. The store's Release asks the promoted dropRef for the
// decremented count and neuters the store when it is zero: the deferred
// protocol, flags recorded by StoreLogoff and starting as LOGOFF_ABORT.
// Folders and messages embed the same header; they have Release but no
// StoreLogoff and are no stores.
//
// Correct: silent.
//
// ISSUE12: family 2. The count is kept by a promoted method of an embedded
// type that locks a mutex and decrements; Release's early return is not a
// final path.
package embedded

import (
	"sync"

	"realistic/mapi"
)

type objType int

const (
	otMsgStore objType = iota
	otFolder
	otMessage
)

// object is the header every object of the store begins with.
type object struct {
	mu     sync.Mutex
	cRef   int32
	kind   objType
	parent *object
}

func (o *object) addRef() int32 {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.cRef++
	return o.cRef
}

// dropRef decrements the count under the lock and returns what is left.
func (o *object) dropRef() int32 {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.cRef--
	return o.cRef
}

// msgStore is the store object.
type msgStore struct {
	object
	support  mapi.Support
	flagsSLT uint32
	oqConn   uint32
}

func newMsgStore(sup mapi.Support) *msgStore {
	s := &msgStore{object: object{cRef: 1, kind: otMsgStore}, support: sup, flagsSLT: mapi.LOGOFF_ABORT}
	sup.AddRef()
	return s
}

func (s *msgStore) AddRef() uint32 { return uint32(s.addRef()) }

func (s *msgStore) StoreLogoff(lpulFlags *uint32) error {
	s.mu.Lock()
	s.flagsSLT = *lpulFlags
	*lpulFlags = mapi.LOGOFF_COMPLETE
	s.mu.Unlock()
	return nil
}

func (s *msgStore) Release() uint32 {
	if n := s.dropRef(); n != 0 {
		return uint32(n)
	}
	s.neuter()
	s.support.Release() // last
	return 0
}

func (s *msgStore) neuter() {
	if s.oqConn != 0 {
		s.support.Unsubscribe(s.oqConn)
		s.oqConn = 0
	}
	flags := s.flagsSLT
	s.support.StoreLogoffTransports(&flags)
}

// folder and message share the header and its Release; they are no
// stores.
type folder struct {
	object
	store *msgStore
	name  string
}

func (f *folder) Release() uint32 {
	n := f.dropRef()
	if n == 0 {
		f.store.Release()
	}
	return uint32(n)
}

type message struct {
	object
	folder *folder
}

func (m *message) Release() uint32 {
	n := m.dropRef()
	if n == 0 {
		m.folder.Release()
	}
	return uint32(n)
}

var _ = newMsgStore
