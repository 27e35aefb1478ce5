// Package xwrapper ports Zarafa 7's ECMsgStore (zarafa, provider/client/
// ECMsgStore.cpp as packaged in zarafa-debian) with its interface wrapper:
// each COM interface of the store is a nested object (xMsgStore) that
// holds a pointer back to the store, traces the call and forwards it
// (METHOD_PROLOGUE_ / pThis). The wrapper reaches the store's support
// object through that pointer, so it is no mere proxy in front of another
// provider: it is a store too, and its StoreLogoff is the store's. In
// Zarafa that StoreLogoff does nothing, so both are reported. Release: the
// base class's count; the destructor logs off the server connection and
// releases the support object last.
//
// ISSUE12: family 2. The wrapper's Release gets the count from the
// store's Release, a same-package method whose result is the decremented
// count; its early return is not a final path.
package xwrapper

import (
	"log"

	"realistic/mapi"
)

type wsTransport struct {
	session uint64
}

func (t *wsTransport) hrLogOff() error {
	t.session = 0
	return nil
}

// ecMsgStore is the store object.
type ecMsgStore struct {
	refs      uint32
	support   mapi.Support
	transport *wsTransport
	xMsgStore xMsgStore
}

func newECMsgStore(sup mapi.Support, tp *wsTransport) *ecMsgStore {
	s := &ecMsgStore{refs: 1, support: sup, transport: tp}
	s.xMsgStore.pThis = s
	sup.AddRef()
	return s
}

func (s *ecMsgStore) StoreLogoff(lpulFlags *uint32) error { // want `StoreLogoff never calls StoreLogoffTransports and does not save its flags for Release`
	return nil
}

func (s *ecMsgStore) Release() uint32 {
	s.refs--
	if s.refs != 0 {
		return s.refs
	}
	s.destruct()
	return 0
}

// destruct is ~ECMsgStore: log off the server connection, release the
// support object.
func (s *ecMsgStore) destruct() {
	if s.transport != nil {
		s.transport.hrLogOff()
	}
	s.support.Release()
}

// xMsgStore is the IMsgStore interface of the store.
type xMsgStore struct {
	pThis *ecMsgStore
}

func (x *xMsgStore) StoreLogoff(lpulFlags *uint32) error { // want `StoreLogoff never calls StoreLogoffTransports and does not save its flags for Release`
	log.Printf("IMsgStore::StoreLogoff")
	return x.pThis.StoreLogoff(lpulFlags)
}

func (x *xMsgStore) Release() uint32 {
	log.Printf("IMsgStore::Release")
	n := x.pThis.Release()
	log.Printf("IMsgStore::Release returns %d", n)
	return n
}

var _ = newECMsgStore
