// Bug (wording): an effect made by a deferred call is named "a call".
// Deferred calls run last in, first out, so s.inbox.Close runs before the
// deferred StoreLogoffTransports. flow reports the effect at the position of
// the *ssa.Defer (the defer keyword), where report.Callee finds no call
// expression. Expected: "call to s.inbox.Close runs before ..."; actual:
// "call to a call runs before ...".
package deferredeffect

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
	defer s.support.StoreLogoffTransports(lpulFlags)
	defer s.inbox.Close() // want `call to s\.inbox\.Close runs before s\.support\.StoreLogoffTransports; StoreLogoff must begin with that call`
	s.loggedOff = true
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
