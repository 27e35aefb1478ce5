// Package vetmod is the end-to-end test input of cmd/mapilint: one store per
// file, each breaking one rule, and one correct store.
package vetmod

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
