// Oracle bug, from the fuzzer: Release aborts only while other references
// remain (s.refs > 0), under tests of s.loggedOff, which StoreLogoff never
// writes: no final path aborts. The oracle exempted a final path from
// "missing" when it had passed any test of s.loggedOff that guards the call,
// whichever way it went. A guard's report covers only the paths it made skip
// the call (left by the other edge), and only when it is reported (it guards
// a call on a final path). The engine had the flaw in simpler shapes
// (abortflag/guards: nonFinalStore, nestedStore). Expected:
// "does not call ... LOGOFF_ABORT" at the function name.
package awayedge

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
	noWait := uint32(LOGOFF_NO_WAIT)
	_ = s.support.StoreLogoffTransports(&noWait)
	return nil
}

func (s *store) Release() uint32 { // want `Release does not call s\.support\.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	abort := uint32(LOGOFF_ABORT)
	s.refs--
	if s.refs != 0 {
		if s.loggedOff {
			return 0
		}
	}
	if !s.loggedOff {
		if s.refs > 0 {
			_ = s.support.StoreLogoffTransports(&abort)
		}
	}
	return 0
}
