// Engine bug (false negative): a test of any store field StoreLogoff
// never writes silences the report that Release never aborts the
// transports. Release here never calls StoreLogoffTransports; it only tests
// s.verbose to log. flow.Tuple.ForeignGuard is set by every such test on the
// path (path history), and abortflag skips exits with ForeignGuard. The
// README says a foreign guard matters "when it guards the abort call": this
// one guards nothing. Expected: the report at the function name; actual:
// none.
package verbosenoabort

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
		return nil
	}
	_ = s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	_ = s.inbox.Close()
	return nil
}

func (s *store) Release() uint32 { // want `Release does not call s\.support\.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	if s.verbose {
		log.Printf("store: step 0")
	}
	s.support.Release()
	return 0
}
