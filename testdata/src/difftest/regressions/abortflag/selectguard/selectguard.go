// Engine bug, from the differential test (issue 12, channels): a select
// on a channel StoreLogoff never closes tests a field it never sets (a
// boolean close would set), so it is a guard on the wrong state; but go/ssa
// gives the If it builds for a select no position, so the report was made at
// token.NoPos and lost, and the call it guards was reported neither way.
// Expected: "this guard tests s.done, which StoreLogoff never sets" at the
// select. (Fixed: such a guard is placed at the select statement.)
package selectguard

import (
	"errors"
	"log"
	"sync"
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
	once      sync.Once
	done      chan struct{}
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
	select { // want `this guard tests s\.done, which StoreLogoff never sets`
	case <-s.done:
	default:
		_ = s.support.StoreLogoffTransports(&abort)
	}
	s.support.Release()
	return 0
}
