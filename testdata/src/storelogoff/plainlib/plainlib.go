// Package plainlib is a provider's own utility package with no MAPI types
// in it. mapilint builds no SSA here, yet stores elsewhere learn which of
// its functions are harmless to call before StoreLogoffTransports.
package plainlib

import (
	"fmt"
	"io"
	"os"
)

// Debugf only formats and prints: harmless.
func Debugf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, format+"\n", args...)
}

// Tracef calls Debugf: harmless through a harmless helper.
func Tracef(format string, args ...any) {
	Debugf("trace: "+format, args...)
}

// Sink is where Flush writes.
var Sink io.WriteCloser

// Flush closes the sink: a call with effects (dynamic dispatch).
func Flush() {
	Sink.Close()
}

// Spawn starts a goroutine: not harmless either.
func Spawn(f func()) {
	go f()
}
