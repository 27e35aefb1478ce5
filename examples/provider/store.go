package provider

import (
	"log"
	"sync"
	"sync/atomic"
)

// MsgStore is the provider's IMsgStore.
type MsgStore struct {
	refs int32 // COM reference count, updated with sync/atomic

	mu        sync.Mutex
	support   Support           // IMAPISupport, released last
	folders   map[string]Folder // folders opened through OpenFolder
	loggedOff bool              // StoreLogoff has called StoreLogoffTransports
}

// NewMsgStore returns a store holding one reference, as IMSProvider::Logon
// hands it to MAPI.
func NewMsgStore(support Support) *MsgStore {
	return &MsgStore{
		refs:    1,
		support: support,
		folders: make(map[string]Folder),
	}
}

// AddRef adds a reference to the store.
func (s *MsgStore) AddRef() uint32 {
	return uint32(atomic.AddInt32(&s.refs, 1))
}

// OpenFolder opens the named folder with open and keeps it until logoff.
func (s *MsgStore) OpenFolder(name string, open func(string) (Folder, error)) (Folder, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if f, ok := s.folders[name]; ok {
		return f, nil
	}
	f, err := open(name)
	if err != nil {
		return nil, err
	}
	s.folders[name] = f
	return f, nil
}

// SetOnline publishes the store's availability in the status table and
// lets the spooler know.
func (s *MsgStore) SetOnline(online bool) error {
	status := uint32(STATUS_AVAILABLE)
	text := "online"
	if !online {
		status, text = STATUS_OFFLINE, "offline"
	}
	if err := s.support.ModifyStatusRow(status, text); err != nil {
		return err
	}
	return s.support.SpoolerNotify(0)
}

// StoreLogoff is IMsgStore::StoreLogoff.
//
// Mistake (reported by storelogoff): it closes the open folders first and
// only then calls StoreLogoffTransports. The protocol says StoreLogoff must
// begin with that call: the transports tied to the store may still be
// delivering into those folders, and MAPI must learn that the store is going
// away before anything of it is torn down. The fix is to move
// s.closeFolders() below the StoreLogoffTransports call.
func (s *MsgStore) StoreLogoff(flags *uint32) error {
	if flags == nil {
		return ErrInvalidParameter
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.loggedOff {
		return nil // a second StoreLogoff has nothing left to do
	}

	s.closeFolders()
	err := s.support.StoreLogoffTransports(flags)
	s.loggedOff = true
	return err
}

// Release is IUnknown::Release.
//
// Mistake (reported by abortflag): on the final path it forwards to the
// support object's Release, which is right, but a client that never called
// StoreLogoff leaves the transports logged on: StoreLogoffTransports must run
// exactly once during shutdown, so Release has to call it with LOGOFF_ABORT
// when s.loggedOff is still false. The fix is to insert, before
// s.support.Release():
//
//	if !s.loggedOff {
//		flags := uint32(LOGOFF_ABORT)
//		_ = s.support.StoreLogoffTransports(&flags)
//	}
func (s *MsgStore) Release() uint32 {
	n := atomic.AddInt32(&s.refs, -1)
	if n > 0 {
		return uint32(n)
	}
	if len(s.folders) > 0 {
		// Mistake (reported by releaseorder): a client left folders open,
		// so this returns early and the support object is never released:
		// MAPI never removes the status row nor logs the store off.
		log.Printf("provider: %d folders still open at the final Release", len(s.folders))
		return 0
	}

	// Last reference: MAPI removes the status row, calls IMSLogon::Logoff
	// (which releases the open folders) and releases the logon object,
	// all inside the support object's Release. Nothing may touch the
	// support object after this.
	s.support.Release()
	return 0
}

// closeFolders closes every open folder and forgets it.
func (s *MsgStore) closeFolders() {
	for name, f := range s.folders {
		if err := f.Close(); err != nil {
			log.Printf("provider: closing folder %q: %v", name, err)
		}
	}
	s.folders = make(map[string]Folder)
}
