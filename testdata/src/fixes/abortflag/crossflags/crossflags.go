// Package crossflags takes its flags type and LOGOFF_ABORT from another
// package, imported under another name: the fix names them as the file
// imports them.
package crossflags

import defs "fixes/abortflag/crossflags/mapidefs"

type store struct {
	support   defs.Support
	loggedOff bool
}

func (s *store) StoreLogoff(lpulFlags *defs.ULONG) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

func (s *store) Release() uint32 { // want `Release does not call s\.support\.StoreLogoffTransports\(LOGOFF_ABORT\) on a final path where StoreLogoff has not called it`
	return s.support.Release()
}
