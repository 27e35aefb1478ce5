// Engine bug, from the fuzzer: in a loop, a test of s.loggedOff (which
// StoreLogoff never writes) that decides whether the abort call runs stops
// counting as its guard once the paths rejoin after the if, so on the next
// iteration, when the path has set the field itself, the call counted as
// unguarded. The oracle calls a call guarded by a foreign test the path
// passed whose outcome decides, statically, whether the call runs. Expected:
// "this guard tests s.loggedOff" (and "twice"); actual: also "not guarded"
// at the call. (flow now looks, at each abort call, for such a guard among
// those the path passed.)
package loopguard

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
	return nil
}

func (s *store) Release() uint32 { // want `Release does not call s\.support\.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	abort := uint32(LOGOFF_ABORT)
	for i, n := 0, count(); i < n; i++ {
		if s.loggedOff { // want `this guard tests s\.loggedOff, which StoreLogoff never sets`
			_ = s.support.StoreLogoffTransports(&abort) // want `s\.support\.StoreLogoffTransports may be called twice on this path`
		} else {
			s.loggedOff = true
		}
	}
	s.support.Release()
	return 0
}
