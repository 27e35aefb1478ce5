// Package storelogoff defines an Analyzer that checks that a MAPI message
// store's StoreLogoff begins by calling StoreLogoffTransports.
package storelogoff

// Doc is the Analyzer's documentation: a one-line summary, then the rule.
const Doc = `check that StoreLogoff begins by calling StoreLogoffTransports

Microsoft's "Shutting Down a Message Store Provider" says an implementation
of IMsgStore::StoreLogoff must begin by calling the support object's
IMAPISupport::StoreLogoffTransports, so that MAPI can log off the transports
tied to the store before it goes away. Under this eager protocol the
analyzer reports a StoreLogoff that never makes the call and does not save
its flags for Release either (at its name); a successful return reachable
without the call (at the return); a call with effects, such as closing
folders or releasing objects, that runs before it (at that call); and a
second call on one path (at the second call).

Paths that reject the call (returning a non-nil error or a failing HRESULT
before making it) and paths on which the store's tracking state says the
call was already made (an idempotent second StoreLogoff) are not shutdowns
and are not reported. Locking, logging, formatting and atomic reads may come
first; the mapiengine.harmless flag names more functions that may.

Under the deferred protocol of the IMsgStore::StoreLogoff notes to
implementers, StoreLogoff saves its flags in a field that Release later
passes to StoreLogoffTransports. A StoreLogoff that saves its flags and
also makes the call mixes the two protocols and is reported.

A //mapilint:ignore storelogoff <reason> comment on the reported line, or alone
on the line directly above it, silences the analyzer's diagnostics on that
line; one without a reason silences nothing. The analyzer reports its
directives that lack a reason or silence nothing, and also directives that
name no mapilint analyzer, or none at all (the other analyzers leave those
to it, so that each problem is reported once).`
