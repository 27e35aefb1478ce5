// Package gclmod is the input of the golangci-lint end-to-end test
// (integration/golangci/run.sh): one store per file, each breaking one
// rule, one mistake silenced by //nolint:mapilint, and one call made
// harmless by the plugin's settings in .golangci.yml.
package gclmod

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
