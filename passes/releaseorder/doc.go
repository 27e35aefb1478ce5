// Package releaseorder defines an Analyzer that checks that a MAPI message
// store's Release forwards to the support object's Release, last.
package releaseorder

// Doc is the Analyzer's documentation: a one-line summary, then the rule.
const Doc = `check that Release releases the support object, last

Microsoft's "Shutting Down a Message Store Provider" says a store implements
IUnknown::Release by calling the support object's Release: inside that call
MAPI removes the provider's MAPIUIDs and status row, calls IMSLogon::Logoff
and releases the logon object. The support object is therefore released on
the final release, exactly once, and never used after.

On each store's Release the analyzer reports: no path that releases the
support object (at the function's name); a final release path that returns
without releasing it (at the return, with a suggested fix inserting the
release); a release on a path where the reference count is not zero, or a
second release on one path (at the release); and any use of the support
object after its release, including a late StoreLogoffTransports (at the use,
with the release as related information).

When Release keeps a reference count (s.refs--, atomic.AddInt32(&s.refs, -1),
s.refs.Add(-1)), the final path is the one on which the decremented count is
known to be zero or below; without a count every path is final. Assigning
nil to the support field after the release is not a use.

A //mapilint:ignore releaseorder <reason> comment on the reported line, or alone
on the line directly above it, silences the analyzer's diagnostics on that
line; one without a reason silences nothing. The analyzer reports its
directives that lack a reason or silence nothing.`
