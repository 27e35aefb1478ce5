// Engine bug, from the differential test (issue 12, pointer helpers): an
// effect before a StoreLogoffTransports made inside a same-package helper was
// not reported. flow.(*analysis).inline analysed the helper from the entry
// witness guardWitness(t), which dropped the caller's Witness.Effect, so the
// event's Before.Effect was true but the report had no position. Expected:
// "call to s.inbox.Close runs before ..." at the close. (Fixed: a helper's
// events, replayed at its call, keep the calling paths' places.)
package helpereffect

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
	_ = s.inbox.Close() // want `call to s\.inbox\.Close runs before s\.support\.StoreLogoffTransports; StoreLogoff must begin with that call`
	_ = finish(s.support, lpulFlags, &s.loggedOff)
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
