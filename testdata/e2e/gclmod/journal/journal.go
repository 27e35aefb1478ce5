// Package journal is a provider's own logging package.
package journal

import "io"

// Sink is where Flush writes.
var Sink io.WriteCloser

// Flush closes the sink: a call with effects (dynamic dispatch), which
// mapilint cannot prove harmless by itself.
func Flush() {
	if Sink != nil {
		Sink.Close()
	}
}
