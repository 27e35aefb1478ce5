// Package shutdown holds shutdown helpers that a store passes its support
// object and a pointer to its own "transports logged off" flag. It
// declares no store.
package shutdown

// Support is the support object as the helpers see it.
type Support interface {
	StoreLogoffTransports(lpulFlags *uint32) error
	Release() uint32
}

const logoffAbort = 0x8

// Finish is StoreLogoff's half: it logs the transports off with the
// caller's flags and records it in *done.
func Finish(sup Support, lpulFlags *uint32, done *bool) error {
	err := sup.StoreLogoffTransports(lpulFlags)
	*done = true
	return err
}

// AbortUnless is the final Release's half: it aborts the transports
// unless *done says StoreLogoff logged them off, and records it.
func AbortUnless(sup Support, done *bool) {
	if !*done {
		flags := uint32(logoffAbort)
		_ = sup.StoreLogoffTransports(&flags)
		*done = true
	}
}

// MarkDone records the call.
func MarkDone(done *bool) { *done = true }

// IsSet reads the record.
func IsSet(done *bool) bool { return *done }
