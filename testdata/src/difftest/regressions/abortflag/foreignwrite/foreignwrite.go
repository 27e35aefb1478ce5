// Engine bug: a test of a store field that StoreLogoff never writes
// ignores what the function itself wrote to it just before. StoreLogoff
// here does not track its call, so s.loggedOff is an ordinary field; Release
// sets it and then tests it, so the abort call never runs. Expected: the
// report that Release never makes the abort call (at the function name);
// actual: "this guard tests s.loggedOff, which StoreLogoff never sets" at a
// guard of dead code, and no report at the name. (Tracking keys get this
// right since the Tuple.Written change; other state fields do not.)
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
	_ = s.support.StoreLogoffTransports(lpulFlags)
	return nil
}

func (s *store) Release() uint32 { // want `Release does not call s\.support\.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	abort := uint32(LOGOFF_ABORT)
	s.loggedOff = true
	if !s.loggedOff {
		_ = s.support.StoreLogoffTransports(&abort)
	}
	s.support.Release()
	return 0
}
