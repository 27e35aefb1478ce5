// Engine bug, from the differential test (issue 12, pointer helpers in
// another package): Release sets a flag StoreLogoff never sets through
// shutdown.MarkDone(&s.loggedOff) and never releases the support object.
// The engine took the helper's paths for paths that depend on a field it
// cannot value, so opaque, and said nothing. Expected: "Release never
// releases the support object s.support". (Fixed: a helper that only sets
// the field depends on nothing.)
package crossstore

import (
	"errors"
	"log"
	"time"

	"difftest/regressions/releaseorder/crossstore/shutdown"
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

func (s *store) Release() uint32 { // want `Release never releases the support object s\.support`
	shutdown.MarkDone(&s.loggedOff)
	return 0
}
