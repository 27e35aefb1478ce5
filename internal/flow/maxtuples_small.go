//go:build mapilint_smallbound

package flow

// maxTuples is 2 under the build tag mapilint_smallbound (maxtuples.go).
const maxTuples = 2
