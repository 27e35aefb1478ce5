// Package methods ports the store of ez1OutlookProvider (ez1MsgStore, a
// third-party Outlook provider built from Microsoft's store sample
// template). Its StoreLogoff carries the template's comment ("save the
// flags in the provider's object and return immediately") but does
// nothing at all; its Release counts down and frees the object at zero.
// The store keeps no support object.
package methods

type msgStore struct {
	cRef int32
	name string
}

func (s *msgStore) AddRef() uint32 {
	s.cRef++
	return uint32(s.cRef)
}

// StoreLogoff cleans up the resources the store owns; in this
// implementation it saves the flags in the provider's object and returns
// immediately (so says the template: it returns without doing either).
func (s *msgStore) StoreLogoff(pulFlags *uint32) error { // want `StoreLogoff never calls StoreLogoffTransports and does not save its flags for Release`
	return nil
}

func (s *msgStore) Release() uint32 {
	s.cRef--
	if s.cRef == 0 {
		s.name = ""
	}
	return uint32(s.cRef)
}
