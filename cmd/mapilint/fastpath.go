package main

import (
	"bytes"
	"os"
	"strings"

	"golang.org/x/tools/go/packages"
)

// nothingToCheck is the standalone fast path. Declaring a fact type makes
// the standalone driver load and keep every package from source, which on
// code without stores costs as much again as the load itself. Yet every
// diagnostic mapilint reports is about a store, which needs a function or
// vtable slot named StoreLogoff or a //mapilint: directive, or about a
// //mapilint:ignore directive. So for a plain "mapilint patterns..." (no
// flags), mapilint first lists the packages (go list, no type checking)
// and reads their files: when none mentions StoreLogoff or mapilint:, the
// full analysis could report nothing, and the command reports nothing
// without running it. Any error goes the full way, which reports it.
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
		Mode:  packages.NeedName | packages.NeedFiles,
		Tests: true, // as the driver's -test default
	}
	pkgs, err := packages.Load(cfg, args...)
	if err != nil || len(pkgs) == 0 {
		return false
	}
	for _, p := range pkgs {
		if len(p.Errors) > 0 {
			return false
		}
		for _, name := range p.GoFiles {
			data, err := os.ReadFile(name)
			if err != nil || bytes.Contains(data, []byte("StoreLogoff")) || bytes.Contains(data, []byte("mapilint:")) {
				return false
			}
		}
	}
	return true
}
