//go:build !mapilint_smallbound

package flow

// maxTuples bounds the tuples kept at one program point (bound.go). The
// build tag mapilint_smallbound sets it to 2, so that the test suites
// exercise the joins on almost every function: they must then lose only
// recall, never precision (.ci/run).
const maxTuples = 16
