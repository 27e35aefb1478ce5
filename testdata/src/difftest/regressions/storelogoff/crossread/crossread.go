// Engine bug, from the differential test (issue 12, pointer helpers in
// another package): a correct, idempotent StoreLogoff tests its own flag
// through shutdown.IsSet(&s.loggedOff), a getter of another package. The
// engine took its result for an unknown, so the early return looked like a
// first StoreLogoff that skips the call. Expected: no diagnostic; actual:
// "StoreLogoff returns here without calling s.support.StoreLogoffTransports".
// (Fixed: a getter of another package whose body is return *p reads the
// field.)
package crossread

import (
	"errors"
	"log"
	"time"

	"difftest/regressions/storelogoff/crossread/shutdown"
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
	if shutdown.IsSet(&s.loggedOff) {
		return nil
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
