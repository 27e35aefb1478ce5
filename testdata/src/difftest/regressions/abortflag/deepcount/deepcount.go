// Engine bug, from the differential test (issue 12, counts kept by
// helpers): the count is decremented four helpers deep, past the three the
// engine follows, so which paths are final is unknown; but the test of the
// helper's result read, through the helpers' only returns, the atomic add on
// s.refs as a read of a store field StoreLogoff never writes: a guard on the
// wrong state. Expected: the abort call after the count test is "not
// guarded"; actual: "this guard tests s.refs, which StoreLogoff never sets"
// at the count test. (Fixed: an atomic add on anything but the count found
// is not a read of state.)
package deepcount

import (
	"errors"
	"log"
	"sync/atomic"
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

// unref, dec, decr and drop drop a reference, four calls deep.
func (s *store) unref() int32 { return s.dec() }

func (s *store) dec() int32 { return s.decr() }

func (s *store) decr() int32 { return s.drop() }

func (s *store) drop() int32 { return atomic.AddInt32(&s.refs, -1) }

func (s *store) StoreLogoff(lpulFlags *uint32) error {
	if s.loggedOff {
		return nil
	}
	_ = s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	_ = s.inbox.Close()
	return nil
}

func (s *store) Release() uint32 {
	abort := uint32(LOGOFF_ABORT)
	left := s.unref()
	if left > 0 {
		return 0
	}
	_ = s.support.StoreLogoffTransports(&abort) // want `StoreLogoffTransports here is not guarded by the state StoreLogoff sets, so it runs a second time after StoreLogoff`
	s.support.Release()
	return 0
}
