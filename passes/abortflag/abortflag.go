// Package abortflag is a placeholder until the pass lands.
package abortflag

import "golang.org/x/tools/go/analysis"

// Analyzer is the abortflag pass.
var Analyzer = &analysis.Analyzer{
	Name: "abortflag",
	Doc:  "placeholder",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
}
