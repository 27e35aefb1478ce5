// Engine bug: as abortflag/foreignwrite. Release sets s.loggedOff (a
// field StoreLogoff never writes) and releases the support object only if it
// is not set: it never releases it. Expected: "Release never releases the
// support object s.support" at the function name; actual: "Release returns
// here without releasing ..." at the return, as if a release were reachable.
package foreignwrite

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

func (s *store) Release() uint32 { // want `Release never releases the support object s\.support`
	s.loggedOff = true
	if !s.loggedOff {
		s.support.Release()
	}
	return 0
}
