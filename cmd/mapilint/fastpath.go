package main

import (
	"strings"

	"golang.org/x/tools/go/packages"

	"github.com/mapilint/mapilint/internal/model"
)

// nothingToCheck is the standalone fast path. Declaring a fact type makes
// the standalone driver load and keep every package from source, which on
// code without stores costs as much again as the load itself. So for a
// plain "mapilint patterns..." (no flags), mapilint first loads the
// packages the cheap way (dependencies from export data, as an analyzer
// without facts would) and asks the engine's own gate, model.Relevant,
// about each: when no package shows a MAPI shape or a mapilint directive,
// the engine would analyse nothing and report nothing, so neither does
// the command. Any error, or any relevant package, goes the full way.
func nothingToCheck(args []string) bool {
	if len(args) == 0 {
		return false
	}
	for _, a := range args {
		if strings.HasPrefix(a, "-") || strings.HasSuffix(a, ".cfg") || a == "help" {
			return false // flags, the vet/fix unit protocol, help: the driver's business
		}
	}
	cfg := &packages.Config{
		Mode:  packages.NeedName | packages.NeedFiles | packages.NeedImports | packages.NeedTypes | packages.NeedSyntax | packages.NeedTypesInfo,
		Tests: true, // as the driver's -test default
	}
	pkgs, err := packages.Load(cfg, args...)
	if err != nil || len(pkgs) == 0 {
		return false
	}
	for _, p := range pkgs {
		if len(p.Errors) > 0 || p.Types == nil || model.Relevant(p.Types, p.Syntax) {
			return false
		}
	}
	return true
}
