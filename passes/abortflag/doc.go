// Package abortflag defines an Analyzer that checks that a MAPI message
// store's final Release makes the one StoreLogoffTransports(LOGOFF_ABORT)
// call that StoreLogoff did not.
package abortflag

// Doc is the Analyzer's documentation: a one-line summary, then the rule.
const Doc = `check that Release calls StoreLogoffTransports(LOGOFF_ABORT) once, guarded

Microsoft's "Shutting Down a Message Store Provider" says
IMAPISupport::StoreLogoffTransports must be called exactly once during
shutdown. Some clients release a store without calling StoreLogoff, so
Release must track whether StoreLogoff made the call and, if it did not,
make it with LOGOFF_ABORT (0x8).

Eager protocol (StoreLogoff makes the call and records it): on every final
release path the analyzer requires a StoreLogoffTransports call with abort
flags exactly when the tracking state says StoreLogoff has not made it. It
reports a final path without the call (at Release's name, with a suggested
fix that inserts the guarded call before the support release when the
tracking state can be spelled as a condition); a call not guarded by the
tracking state, which runs a second time after StoreLogoff (at the call);
flags that are not abort, such as LOGOFF_NO_WAIT, a literal 1 or an output
bit (at the call); two calls on one path (at the second); and a guard that
tests a store field StoreLogoff never sets (at the guard: the final paths
it turns away from the call are its report, not missing calls).

Deferred protocol (StoreLogoff saves its flags, Release passes them): Release
must make exactly one unguarded call with the saved flags on each final
path, and when StoreLogoff was never called those flags must be abort: the
field is initialised to LOGOFF_ABORT wherever the store is built, or Release
substitutes it. A zero or other default is reported at the call, with the
construction as related information.

Tracking state is whatever StoreLogoff writes: a bool, an enum or bitmask
field, an atomic.Bool or atomic.Int32, or a sync.Once both methods share.
Flags are judged by value, so any constant equal to 8 is LOGOFF_ABORT; flags
the analyzer cannot compute are not reported.

A //mapilint:ignore abortflag <reason> comment on the reported line, or alone
on the line directly above it, silences the analyzer's diagnostics on that
line; one without a reason silences nothing. The analyzer reports its
directives that lack a reason or silence nothing.`
