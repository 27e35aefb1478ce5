// Engine bug: a defer inside a loop makes the engine run forever.
// flow.(*analysis).instr gives each visit of an *ssa.Defer a new id
// (id := len(a.defers)) and appends it to the tuple's pending defers, so the
// loop body yields new tuples at every round of the fixed point and it never
// converges. Expected: analysis ends; this store is correct, so no diagnostic.
package deferloop

import (
	"errors"
	"log"
	"time"
)

// MAPI logoff flags, by value as in MAPIDefS.h.
const (
	LOGOFF_NO_WAIT = 0x00000001
	LOGOFF_ABORT   = 0x00000008
)

// Support is the part of IMAPISupport the store uses at shutdown.
type Support interface {
	StoreLogoffTransports(lpulFlags *uint32) error
	ModifyStatusRow() error
	Release() uint32
}

// Folder is a folder the store keeps open.
type Folder interface {
	Close() error
}

var errRejected = errors.New("store: logoff rejected")

var _ = log.Printf

// opaque, pick and count stand for what the analyzer cannot know: each
// call may return anything, independently of the others.
func opaque() bool { return time.Now().UnixNano()&1 == 0 }

func pick() int { return int(time.Now().UnixNano() % 3) }

func count() int { return int(time.Now().UnixNano() % 4) }

type store struct {
	support   Support
	inbox     Folder
	refs      int32
	loggedOff bool
	verbose   bool
}

func (s *store) StoreLogoff(lpulFlags *uint32) error {
	_ = s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	for i, n := 0, count(); i < n; i++ {
		defer s.inbox.Close()
	}
	return nil
}

func (s *store) Release() uint32 {
	abort := uint32(LOGOFF_ABORT)
	if !s.loggedOff {
		_ = s.support.StoreLogoffTransports(&abort)
	}
	s.support.Release()
	return 0
}
