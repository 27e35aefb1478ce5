// Package bounded: a stale directive in a function whose analysis joined
// paths to keep the engine's bound is not reported, since the diagnostic
// it silenced may only have been lost there; elsewhere it is.
package bounded

type Support interface {
	StoreLogoffTransports(flags *uint32) error
	Release() uint32
}

type Store struct {
	support   Support
	loggedOff bool
	opts      uint64
	stats     [4]int
}

func (s *Store) StoreLogoff(flags *uint32) error {
	err := s.support.StoreLogoffTransports(flags)
	s.loggedOff = true
	return err
}

// Release tests 24 bits of a copied field: more paths than the engine keeps.
func (s *Store) Release() uint32 {
	opts := s.opts
	if opts&(1<<0) != 0 {
		s.stats[0]++
	}
	if opts&(1<<1) != 0 {
		s.stats[1]++
	}
	if opts&(1<<2) != 0 {
		s.stats[2]++
	}
	if opts&(1<<3) != 0 {
		s.stats[3]++
	}
	if opts&(1<<4) != 0 {
		s.stats[0]++
	}
	if opts&(1<<5) != 0 {
		s.stats[1]++
	}
	if opts&(1<<6) != 0 {
		s.stats[2]++
	}
	if opts&(1<<7) != 0 {
		s.stats[3]++
	}
	if opts&(1<<8) != 0 {
		s.stats[0]++
	}
	if opts&(1<<9) != 0 {
		s.stats[1]++
	}
	if opts&(1<<10) != 0 {
		s.stats[2]++
	}
	if opts&(1<<11) != 0 {
		s.stats[3]++
	}
	if opts&(1<<12) != 0 {
		s.stats[0]++
	}
	if opts&(1<<13) != 0 {
		s.stats[1]++
	}
	if opts&(1<<14) != 0 {
		s.stats[2]++
	}
	if opts&(1<<15) != 0 {
		s.stats[3]++
	}
	if opts&(1<<16) != 0 {
		s.stats[0]++
	}
	if opts&(1<<17) != 0 {
		s.stats[1]++
	}
	if opts&(1<<18) != 0 {
		s.stats[2]++
	}
	if opts&(1<<19) != 0 {
		s.stats[3]++
	}
	if opts&(1<<20) != 0 {
		s.stats[0]++
	}
	if opts&(1<<21) != 0 {
		s.stats[1]++
	}
	if opts&(1<<22) != 0 {
		s.stats[2]++
	}
	if opts&(1<<23) != 0 {
		s.stats[3]++
	}
	if !s.loggedOff {
		flags := uint32(0x8)
		_ = s.support.StoreLogoffTransports(&flags)
	}
	s.support.Release()
	return 0 //mapilint:ignore releaseorder the support object is released above
}

type Small struct {
	support   Support
	loggedOff bool
}

func (s *Small) StoreLogoff(flags *uint32) error {
	err := s.support.StoreLogoffTransports(flags)
	s.loggedOff = true
	return err
}

func (s *Small) Release() uint32 {
	if !s.loggedOff {
		flags := uint32(0x8)
		_ = s.support.StoreLogoffTransports(&flags)
	}
	s.support.Release()
	return 0 //mapilint:ignore releaseorder the support object is released above // want `mapilint:ignore directive for releaseorder silences nothing`
}
