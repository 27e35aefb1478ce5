package closedchan

// provider's roles are marked with directives. Correct twin: silent.
type provider struct {
	sup  Support
	done chan struct{}
}

// logoffProvider implements StoreLogoff for provider.
//
//mapilint:storelogoff
func logoffProvider(p *provider, lpulFlags *uint32) uint32 {
	p.sup.StoreLogoffTransports(lpulFlags)
	close(p.done)
	return 0
}

// releaseProvider implements Release for provider.
//
//mapilint:release
func releaseProvider(p *provider) uint32 {
	select {
	case <-p.done:
	default:
		flags := uint32(LOGOFF_ABORT)
		p.sup.StoreLogoffTransports(&flags)
	}
	return p.sup.Release()
}

// session aborts after StoreLogoff instead of before. Broken twin.
type session struct {
	sup  Support
	done chan struct{}
}

// Shutdown implements StoreLogoff for session.
//
//mapilint:storelogoff
func (c *session) Shutdown(lpulFlags *uint32) uint32 {
	c.sup.StoreLogoffTransports(lpulFlags)
	close(c.done)
	return 0
}

// Drop implements Release for session.
//
//mapilint:release
func (c *session) Drop() uint32 { // want `Release does not call c.sup.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	select {
	case <-c.done:
		flags := uint32(LOGOFF_ABORT)
		c.sup.StoreLogoffTransports(&flags) // want `StoreLogoffTransports here is not guarded by the state StoreLogoff sets, so it runs a second time after StoreLogoff`
	default:
	}
	return c.sup.Release()
}
