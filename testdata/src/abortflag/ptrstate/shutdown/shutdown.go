// Package shutdown holds shutdown helpers that stores of another package
// (ptrstate) call with their support object and a pointer to their own
// tracking state: StoreLogoff's half records the logoff through the
// pointer, the final Release's half tests it. It declares no store.
package shutdown

// Support is the helpers' view of IMAPISupport.
type Support interface {
	StoreLogoffTransports(lpulFlags *uint32) error
	Release() uint32
}

const (
	logoffAbort = 0x8
	// Closed is what Finish leaves in a store's state word.
	Closed = 2
)

// Logoff is StoreLogoff's half: it logs the transports off with the
// caller's flags, once, and records it in *done.
func Logoff(sup Support, lpulFlags *uint32, done *bool) error {
	if *done {
		return nil
	}
	err := sup.StoreLogoffTransports(lpulFlags)
	*done = true
	return err
}

// Abort is the final Release's half: it aborts the transports unless
// *done says StoreLogoff logged them off.
func Abort(sup Support, done *bool) {
	if !*done {
		flags := uint32(logoffAbort)
		sup.StoreLogoffTransports(&flags)
	}
}

// AbortAlways aborts whatever *done says; it only records the call.
func AbortAlways(sup Support, done *bool) {
	flags := uint32(logoffAbort)
	sup.StoreLogoffTransports(&flags)
	*done = true
}

// MarkDone records a logoff the caller made itself.
func MarkDone(done *bool) { *done = true }

// Finish logs the transports off and leaves Closed in the caller's state
// word.
func Finish(sup Support, lpulFlags *uint32, state *int32) error {
	err := sup.StoreLogoffTransports(lpulFlags)
	*state = Closed
	return err
}

// AbortOpen aborts unless the state word is Closed: a test of an integer
// the helper cannot value, so nothing is said of what follows.
func AbortOpen(sup Support, state *int32) {
	if *state != Closed {
		flags := uint32(logoffAbort)
		sup.StoreLogoffTransports(&flags)
	}
}
