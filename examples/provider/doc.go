// Package provider is a small MAPI message store provider written in portable
// Go. It is the example that ships with mapilint: the store below is a
// plausible provider that gets three details of the shutdown protocol wrong,
// one per rule, and
//
//	go run ./cmd/mapilint ./examples/...
//
// reports all of them:
//
//   - (*MsgStore).StoreLogoff closes the open folders before it calls
//     StoreLogoffTransports (storelogoff);
//   - (*MsgStore).Release returns early on its final path when folders are
//     still open, never releasing the support object (releaseorder);
//   - (*MsgStore).Release, on its final path, forwards to the support object's
//     Release without first calling StoreLogoffTransports(LOGOFF_ABORT) when
//     StoreLogoff was never called (abortflag).
//
// Everything else (the reference count, the tracking flag, the failure return
// of StoreLogoff, the order of the support release) follows Microsoft's
// "Shutting Down a Message Store Provider".
package provider
