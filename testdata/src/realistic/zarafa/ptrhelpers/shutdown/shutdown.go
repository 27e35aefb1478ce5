// Package shutdown holds the shutdown helpers a Go port of Zarafa's client
// provider shares between its store packages (private store, public store,
// delegate store): the store passes its support object and a pointer to
// its own "transports logged off" flag. It declares no store.
package shutdown

import "log"

// Support is the support object as the helpers see it.
type Support interface {
	StoreLogoffTransports(lpulFlags *uint32) error
	Release() uint32
}

const logoffAbort = 0x8

// LogoffTransports is StoreLogoff's half: it logs the transports off with
// the caller's flags and records it in *done.
func LogoffTransports(sup Support, lpulFlags *uint32, done *bool) error {
	if *done {
		return nil
	}
	err := sup.StoreLogoffTransports(lpulFlags)
	*done = true
	return err
}

// AbortTransports is the final Release's half: it aborts the transports
// when StoreLogoff never logged them off.
func AbortTransports(sup Support, done *bool) {
	if *done {
		return
	}
	flags := uint32(logoffAbort)
	if err := sup.StoreLogoffTransports(&flags); err != nil {
		log.Printf("zarafa: StoreLogoffTransports(LOGOFF_ABORT): %v", err)
	}
	*done = true
}

// AbortTransportsAlways aborts the transports whatever *done says; it only
// records the call.
func AbortTransportsAlways(sup Support, done *bool) {
	flags := uint32(logoffAbort)
	sup.StoreLogoffTransports(&flags)
	*done = true
}
