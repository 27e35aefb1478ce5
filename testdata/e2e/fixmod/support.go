// Package fixmod is the input of the go fix end-to-end test: each store has a
// mistake that a mapilint suggested fix repairs.
package fixmod

const (
	LOGOFF_NO_WAIT = 0x1
	LOGOFF_ABORT   = 0x8
)

// Support is the provider's view of IMAPISupport.
type Support interface {
	StoreLogoffTransports(flags *uint32) error
	ModifyStatusRow(status uint32, text string) error
	Release() uint32
}

// Cache is an inner object some stores keep.
type Cache interface {
	Flush() error
}
