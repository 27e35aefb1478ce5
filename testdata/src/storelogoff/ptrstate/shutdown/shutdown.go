// Package shutdown holds StoreLogoff halves that stores of another
// package (ptrstate) call with their support object and a pointer to
// their "logged off" flag. It declares no store.
package shutdown

// Support is the helpers' view of IMAPISupport.
type Support interface {
	StoreLogoffTransports(lpulFlags *uint32) error
	Release() uint32
}

// Logoff logs the transports off with the caller's flags, once: a second
// StoreLogoff finds *done set and returns.
func Logoff(sup Support, lpulFlags *uint32, done *bool) error {
	if *done {
		return nil
	}
	err := sup.StoreLogoffTransports(lpulFlags)
	*done = true
	return err
}

// LogoffInverted tests *done the wrong way round: the first StoreLogoff
// returns without logging the transports off.
func LogoffInverted(sup Support, lpulFlags *uint32, done *bool) error {
	if !*done {
		return nil
	}
	err := sup.StoreLogoffTransports(lpulFlags)
	*done = true
	return err
}

// IsSet reports whether the caller's flag is set.
func IsSet(done *bool) bool { return *done }

// MarkDone sets the caller's flag.
func MarkDone(done *bool) { *done = true }
