package closedchan

// feed is doneStore as a generic type. Correct twin: silent.
type feed[T any] struct {
	support Support
	items   []T
	done    chan struct{}
}

var _ = &feed[int]{}

func (s *feed[T]) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	close(s.done)
	return err
}

func (s *feed[T]) Release() uint32 {
	select {
	case <-s.done:
	default:
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	s.items = nil
	return s.support.Release()
}

// backFeed is backwardsStore as a generic type. Broken twin: reported
// once, although backFeed[int] is instantiated.
type backFeed[T any] struct {
	support Support
	items   []T
	done    chan struct{}
}

var _ = &backFeed[int]{}

func (s *backFeed[T]) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	close(s.done)
	return err
}

func (s *backFeed[T]) Release() uint32 { // want `Release does not call s.support.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	select {
	case <-s.done:
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags) // want `StoreLogoffTransports here is not guarded by the state StoreLogoff sets, so it runs a second time after StoreLogoff`
	default:
	}
	s.items = nil
	return s.support.Release()
}
