// Package releaseorder is a placeholder until the pass lands.
package releaseorder

import "golang.org/x/tools/go/analysis"

// Analyzer is the releaseorder pass.
var Analyzer = &analysis.Analyzer{
	Name: "releaseorder",
	Doc:  "placeholder",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
}
