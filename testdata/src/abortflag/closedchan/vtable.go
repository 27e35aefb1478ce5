package closedchan

// chanVtbl is the part of the IMsgStore vtable that MAPI calls.
type chanVtbl struct {
	Release     func(this *chanStore) uint32
	StoreLogoff func(this *chanStore, lpulFlags *uint32) uint32
}

// chanStore is doneStore as vtable callbacks. Correct twin: silent.
type chanStore struct {
	lpVtbl  *chanVtbl
	support Support
	done    chan struct{}
}

var chanStoreVtbl = chanVtbl{Release: chanRelease, StoreLogoff: chanLogoff}

func chanLogoff(this *chanStore, lpulFlags *uint32) uint32 {
	this.support.StoreLogoffTransports(lpulFlags)
	close(this.done)
	return 0
}

func chanRelease(this *chanStore) uint32 {
	select {
	case <-this.done:
	default:
		flags := uint32(LOGOFF_ABORT)
		this.support.StoreLogoffTransports(&flags)
	}
	return this.support.Release()
}

// backVtbl is backVtblStore's vtable.
type backVtbl struct {
	Release     func(this *backVtblStore) uint32
	StoreLogoff func(this *backVtblStore, lpulFlags *uint32) uint32
}

// backVtblStore is backwardsStore as vtable callbacks. Broken twin.
type backVtblStore struct {
	lpVtbl  *backVtbl
	support Support
	done    chan struct{}
}

var backStoreVtbl = backVtbl{Release: backRelease, StoreLogoff: backLogoff}

func backLogoff(this *backVtblStore, lpulFlags *uint32) uint32 {
	this.support.StoreLogoffTransports(lpulFlags)
	close(this.done)
	return 0
}

func backRelease(this *backVtblStore) uint32 { // want `Release does not call this.support.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	select {
	case <-this.done:
		flags := uint32(LOGOFF_ABORT)
		this.support.StoreLogoffTransports(&flags) // want `StoreLogoffTransports here is not guarded by the state StoreLogoff sets, so it runs a second time after StoreLogoff`
	default:
	}
	return this.support.Release()
}
