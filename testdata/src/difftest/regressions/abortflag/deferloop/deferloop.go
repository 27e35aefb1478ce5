// Oracle bug, from the fuzzer: a call deferred in a loop was judged by the
// foreign tests the path passed before the return that runs it, so a test
// of s.verbose after the defer statement counted as the guard of a call
// deferred before it, which runs whatever the test says. The oracle now
// judges a deferred call by the tests passed before its defer statement, as
// the engine does. Expected: "not guarded" at the deferred call.
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
	if s.loggedOff {
		return nil
	}
	_ = s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	_ = s.inbox.Close()
	return nil
}

func (s *store) Release() uint32 { // want `Release does not call s\.support\.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	abort := uint32(LOGOFF_ABORT)
	for i, n := 0, count(); i < n; i++ {
		defer s.support.StoreLogoffTransports(&abort) // want `StoreLogoffTransports here is not guarded by the state StoreLogoff sets, so it runs a second time after StoreLogoff` `s\.support\.StoreLogoffTransports may be called twice on this path`
		if s.verbose {                                // want `this guard tests s\.verbose, which StoreLogoff never sets`
			s.support.Release()
			return 0
		}
	}
	s.support.Release()
	return 0
}
