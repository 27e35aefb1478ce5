// Command golangci-lint is golangci-lint v2.15.0 with the mapilint module
// plugin compiled in: the binary "golangci-lint custom" builds from a
// .custom-gcl.yml naming github.com/mapilint/mapilint/gclplugin, made here
// from the Go module proxy instead of a clone of the golangci-lint
// repository. Its main mirrors golangci-lint's cmd/golangci-lint/main.go.
//
// run.sh builds it and runs it on testdata/e2e/gclmod.
package main

import (
	"cmp"
	"fmt"
	"os"
	"runtime/debug"
	"strings"

	"github.com/golangci/golangci-lint/v2/pkg/commands"
	"github.com/golangci/golangci-lint/v2/pkg/exitcodes"

	// The mapilint plugin registers itself, as "golangci-lint custom"'s
	// generated plugins.go does.
	_ "github.com/mapilint/mapilint/gclplugin"
)

func main() {
	if err := commands.Execute(buildInfo()); err != nil {
		_, _ = fmt.Fprintf(os.Stderr, "The command is terminated due to an error: %v\n", err)
		os.Exit(exitcodes.Failure)
	}
}

// buildInfo reports golangci-lint's version (from the module graph, since
// golangci-lint is a dependency here) the way "golangci-lint custom" builds
// do: the version with a "-custom-gcl" suffix.
func buildInfo() commands.BuildInfo {
	info := commands.BuildInfo{Version: "unknown", Commit: "?", GoVersion: "unknown", Date: "(unknown)"}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return info
	}
	info.GoVersion = bi.GoVersion
	for _, dep := range bi.Deps {
		if dep.Path == "github.com/golangci/golangci-lint/v2" {
			info.Version = strings.TrimPrefix(dep.Version, "v") + "-custom-gcl"
			info.Commit = cmp.Or(dep.Sum, "?")
		}
	}
	return info
}
