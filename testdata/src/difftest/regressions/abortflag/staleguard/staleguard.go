// Engine bug, from the differential test (issue 12, pointer helpers):
// StoreLogoff never sets s.loggedOff. Release closes the inbox if it is not
// set, then abortUnless tests it again and aborts. Expected: "this guard
// tests s.loggedOff" at the abortUnless call, whose test decides whether
// the abort runs; actual: at the if around the close, whose region ended
// before the call (a helper's replayed events took the caller's stale guard
// place). (Fixed: they keep their own guard.)
package staleguard

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

// finish is StoreLogoff's half: it logs the transports off with the
// caller's flags and records it in *done.
func finish(sup Support, lpulFlags *uint32, done *bool) error {
	err := sup.StoreLogoffTransports(lpulFlags)
	*done = true
	return err
}

// abortUnless is the final Release's half: it aborts the transports
// unless *done says StoreLogoff logged them off, and records it.
func abortUnless(sup Support, done *bool) {
	if !*done {
		flags := uint32(LOGOFF_ABORT)
		_ = sup.StoreLogoffTransports(&flags)
		*done = true
	}
}

// markDone records the call.
func markDone(done *bool) { *done = true }

// isSet reads the record.
func isSet(done *bool) bool { return *done }

func (s *store) StoreLogoff(lpulFlags *uint32) error {
	_ = s.support.StoreLogoffTransports(lpulFlags)
	return nil
}

func (s *store) Release() uint32 {
	if !s.loggedOff {
		_ = s.inbox.Close()
	}
	abortUnless(s.support, &s.loggedOff) // want `this guard tests s\.loggedOff, which StoreLogoff never sets`
	s.support.Release()
	return 0
}
