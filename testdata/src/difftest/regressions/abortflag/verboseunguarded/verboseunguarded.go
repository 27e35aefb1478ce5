// Engine bug (wrong report): as verbosenoabort, a test of s.verbose that
// only guards a log call marks the rest of the path. The abort call after it
// is not guarded at all and runs again after StoreLogoff. Expected: "not
// guarded" at the call; actual: "this guard tests s.verbose, which
// StoreLogoff never sets" at the unrelated if (its related information says
// it guards the call, which it does not).
package verboseunguarded

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
	if s.loggedOff {
		return nil
	}
	_ = s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	_ = s.inbox.Close()
	return nil
}

func (s *store) Release() uint32 {
	abort := uint32(LOGOFF_ABORT)
	if s.verbose {
		log.Printf("store: step 0")
	}
	_ = s.support.StoreLogoffTransports(&abort) // want `StoreLogoffTransports here is not guarded by the state StoreLogoff sets, so it runs a second time after StoreLogoff`
	s.support.Release()
	return 0
}
