// Engine bug, from the fuzzer: a loop tests s.loggedOff (which StoreLogoff
// never writes) twice, once around a use of the support object and once
// before a panic. When it is set, the first iteration panics; when it is
// not, the loop releases the support object at every iteration. The engine
// took the first test's true edge on a later iteration after the second
// test's false edge. Expected: "released twice" only; actual: also "used
// after its Release" at the use.
package loopretest

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

func (s *store) Release() uint32 {
	for i, n := 0, count(); i < n; i++ {
		if s.loggedOff {
			_ = s.support.ModifyStatusRow()
		}
		s.support.Release() // want `the support object s\.support may be released twice on this path`
		if s.loggedOff {
			panic("store: unreachable")
		}
	}
	return 0 // want `Release returns here without releasing the support object s\.support`
}
