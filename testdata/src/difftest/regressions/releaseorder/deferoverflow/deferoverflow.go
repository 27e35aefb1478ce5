// Engine bug, from the fuzzer: a loop defers releases, then the function
// defers one more. A path that deferred more than eight calls was marked
// Escaped and dropped the calls it deferred after that, but still ran the
// first eight at the return, as if they ran first: a deferred release in the
// loop then looked like the first one on a path where the count is not zero.
// Expected: "released twice" in the loop and "not zero" at the last defer,
// which runs first; actual: also "not zero" in the loop. (Such a path now
// runs none of its deferred calls: which run, in which order, is unknown.)
package deferoverflow

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
	return nil
}

func (s *store) Release() uint32 {
	s.refs--
	for i, n := 0, count(); i < n; i++ {
		defer s.support.Release() // want `the support object s\.support may be released twice on this path`
	}
	defer s.support.Release() // want `the support object s\.support is released here although the reference count is not zero`
	return 0
}
