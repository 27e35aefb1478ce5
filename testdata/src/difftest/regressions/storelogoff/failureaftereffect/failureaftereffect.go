// Pass bug: a failure return after an effect is exempt. SPEC §2 exempts a
// StoreLogoff that "returns a failure before doing anything else" (README:
// "Returning a failure before doing anything"); storelogoff's shutdown()
// exempts every failure return on a path without StoreLogoffTransports
// (e.Failure && t.SLT == 0), so closing the inbox and then failing is
// silent. Expected: the report at the failure return; actual: none.
package failureaftereffect

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
	if opaque() {
		_ = s.inbox.Close()
		return errRejected // want `StoreLogoff returns here without calling s\.support\.StoreLogoffTransports`
	}
	_ = s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
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
