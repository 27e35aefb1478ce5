// Package extern is a helper library that providers import. It has no
// stores of its own; the storelogoff pass learns through analysis facts
// what its functions do with their support parameter.
package extern

import "log"

// Support is the library's view of IMAPISupport.
type Support interface {
	StoreLogoffTransports(lpulFlags *uint32) error
	Release() uint32
}

// Closer is anything a store closes at shutdown.
type Closer interface {
	Close() error
}

// LogoffTransports tells MAPI that the store is going away: it calls
// StoreLogoffTransports on its support parameter.
func LogoffTransports(sup Support, lpulFlags *uint32) error {
	if err := sup.StoreLogoffTransports(lpulFlags); err != nil {
		log.Printf("extern: StoreLogoffTransports(%#x): %v", *lpulFlags, err)
		return err
	}
	return nil
}

// NoteLogoff looks like a logoff helper but does nothing with its support
// parameter: it only records the flags.
func NoteLogoff(sup Support, lpulFlags *uint32) error {
	lastFlags = *lpulFlags
	return nil
}

var lastFlags uint32

// Tracef only logs: a harmless call.
func Tracef(format string, args ...any) {
	log.Printf("extern: "+format, args...)
}

// CloseAll closes every closer: a call with effects.
func CloseAll(cs []Closer) {
	for _, c := range cs {
		c.Close()
	}
}
