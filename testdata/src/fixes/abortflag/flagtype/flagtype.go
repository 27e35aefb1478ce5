// Package flagtype holds an eager-protocol store whose support object
// declares its flags as a named type, ULONG, with Go-style constant names.
// AF1 at Release; the suggested fix declares its flags with that type and
// names the package's abort constant. flagtype.go.golden is the fixed
// source.
package flagtype

// store tracks StoreLogoff with a bool field.
type store struct {
	support   Support
	loggedOff bool
}

func (s *store) StoreLogoff(lpulFlags *ULONG) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *store) Release() uint32 { // want `Release does not call s\.support\.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	return s.support.Release()
}
