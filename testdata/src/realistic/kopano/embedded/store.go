// Package embedded ports Kopano's ECMsgStore (kopano-core,
// provider/client/ECMsgStore.cpp) with its base class as an embedded Go
// struct: ECUnknown keeps the reference count (common/ECUnknown.cpp) and
// ECMsgStore::Release only calls ECUnknown::Release, which destroys the
// object when the count reaches zero. In Go the base cannot call the
// store's destructor, so the store asks the promoted release method for the
// decremented count and destroys itself at zero.
//
// Kopano's StoreLogoff does nothing: reported. The release side is right
// for what it does (the support object is released when the store goes).
//
// ISSUE12: family 2. The count is kept by a promoted method of an embedded
// base type; Release's early return is not a final path.
package embedded

import (
	"sync/atomic"

	"realistic/mapi"
)

// ecUnknown is the reference-counting base of every Kopano object.
type ecUnknown struct {
	cRef   atomic.Uint32
	parent *ecUnknown
}

func (u *ecUnknown) addRef() uint32 { return u.cRef.Add(1) }

// release drops a reference and returns how many are left.
func (u *ecUnknown) release() uint32 {
	n := u.cRef.Add(^uint32(0))
	if int32(n) == -1 {
		panic("ECUnknown: released once too often")
	}
	return n
}

type msgStore struct {
	ecUnknown
	support   mapi.Support
	transport *wsTransport
}

// wsTransport is the store's connection to the server.
type wsTransport struct {
	session uint64
}

func (t *wsTransport) logOff() { t.session = 0 }

func (s *msgStore) AddRef() uint32 { return s.addRef() }

func (s *msgStore) StoreLogoff(lpulFlags *uint32) error { // want `StoreLogoff never calls StoreLogoffTransports and does not save its flags for Release`
	return nil
}

func (s *msgStore) Release() uint32 {
	n := s.release()
	if n != 0 {
		return n
	}
	s.transport.logOff()
	s.support.Release()
	return 0
}
