// Decision, from the fuzzer once tests of untracked fields were correlated:
// a write that no path reaches does not make a field tracking state.
// StoreLogoff sets s.loggedOff only when it is already set, which it never is
// on the path that gets there, so the field is an ordinary field and the
// early return is a shutdown that skips StoreLogoffTransports. The oracle
// used to call any written field tracking state; it now asks, as the
// engine does, whether some path writes it.
package deadwrite

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
	if s.loggedOff {
		return nil // want `StoreLogoff returns here without calling s\.support\.StoreLogoffTransports`
	}
	_ = s.support.StoreLogoffTransports(lpulFlags)
	if s.loggedOff {
		s.loggedOff = true
	}
	_ = s.inbox.Close()
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
