// Package validatedefer is the twin of validate with the lock released by
// a defer, as Go code usually does. It ports Zarafa 7's ECMsgStore
// (zarafa-debian, provider/client/ECMsgStore.cpp), fixed to the eager
// protocol, to vtable callbacks returning HRESULTs, with the parameter
// checks the MAPI reference asks of StoreLogoff: a nil flags pointer, or
// more than one of the mutually exclusive input flags, is rejected with
// MAPI_E_INVALID_PARAMETER before anything is done. The store reaches its
// support object through its session object (the Zarafa store keeps the
// support object where its notification client and transport can use it
// too). The output flags StoreLogoffTransports returns are passed back.
//
// Correct: silent.
//
// Not an issue-12 family, but the same rule (what the engine cannot value
// it must not report): in a function that defers, go/ssa stores each
// result in a local slot and returns a load of it, so the
// MAPI_E_INVALID_PARAMETER of the rejected call reaches the return through
// that slot; it is still a failure return, and the rejected call is no
// shutdown.
package validatedefer

import (
	"math/bits"
	"sync"

	"realistic/mapi"
)

const logoffInputFlags = mapi.LOGOFF_NO_WAIT | mapi.LOGOFF_ORDERLY | mapi.LOGOFF_PURGE | mapi.LOGOFF_ABORT | mapi.LOGOFF_QUIET

type session struct {
	support mapi.Support
	profile string
}

type msgStoreVtbl struct {
	Release     func(this *msgStore) uint32
	StoreLogoff func(this *msgStore, lpulFlags *uint32) mapi.HRESULT
}

type msgStore struct {
	vtbl      *msgStoreVtbl
	mu        sync.Mutex
	refs      uint32
	sess      *session
	loggedOff bool
}

var msgStoreVtable = msgStoreVtbl{
	Release:     ecRelease,
	StoreLogoff: ecStoreLogoff,
}

func ecStoreLogoff(this *msgStore, lpulFlags *uint32) mapi.HRESULT {
	if lpulFlags == nil || bits.OnesCount32(*lpulFlags&logoffInputFlags) > 1 {
		return mapi.MAPI_E_INVALID_PARAMETER
	}
	this.mu.Lock()
	defer this.mu.Unlock()
	if this.loggedOff {
		return mapi.S_OK
	}
	flags := *lpulFlags
	err := this.sess.support.StoreLogoffTransports(&flags)
	this.loggedOff = true
	*lpulFlags = flags
	if err != nil {
		return mapi.MAPI_E_CALL_FAILED
	}
	return mapi.S_OK
}

func ecRelease(this *msgStore) uint32 {
	this.mu.Lock()
	defer this.mu.Unlock()
	this.refs--
	if this.refs != 0 {
		return this.refs
	}
	if !this.loggedOff {
		flags := uint32(mapi.LOGOFF_ABORT)
		this.sess.support.StoreLogoffTransports(&flags)
	}
	this.sess.support.Release()
	this.vtbl = nil
	return 0
}
