// Package bazel_test checks the Bazel rules_go nogo snippets the README
// shows (testdata/): the nogo target lists the three analyzer packages,
// the nogo configuration names real analyzers and flags, and MODULE.bazel
// registers that nogo target. Bazel itself is not run here.
package bazel_test

import (
	"encoding/json"
	"os"
	"path"
	"regexp"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"

	"github.com/mapilint/mapilint/passes/abortflag"
	"github.com/mapilint/mapilint/passes/releaseorder"
	"github.com/mapilint/mapilint/passes/storelogoff"
)

// analyzers maps each analyzer package (as Gazelle labels it, relative to
// the module root) to its Analyzer.
var analyzers = map[string]*analysis.Analyzer{
	"passes/storelogoff":  storelogoff.Analyzer,
	"passes/releaseorder": releaseorder.Analyzer,
	"passes/abortflag":    abortflag.Analyzer,
}

// repo is the Gazelle repository name of github.com/mapilint/mapilint.
const repo = "com_github_mapilint_mapilint"

func read(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile("testdata/" + name)
	require.NoError(t, err)
	return string(data)
}

func TestNogoTarget(t *testing.T) {
	build := read(t, "BUILD.bazel")
	var deps []string
	for _, m := range regexp.MustCompile(`"@`+repo+`//([^":]+)(?::[^"]*)?"`).FindAllStringSubmatch(build, -1) {
		deps = append(deps, m[1])
	}
	slices.Sort(deps)
	assert.Equal(t, []string{"passes/abortflag", "passes/releaseorder", "passes/storelogoff"}, deps)
	for _, dep := range deps {
		// Gazelle names a package's go_library after its directory, and
		// nogo runs the package's exported Analyzer.
		assert.Equal(t, path.Base(dep), analyzers[dep].Name, "the analyzer of %s", dep)
	}
	require.Regexp(t, `(?m)^nogo\(\n    name = "mapilint_nogo",\n    config = "nogo_config.json",`, build)
}

func TestNogoConfig(t *testing.T) {
	var cfg map[string]map[string]json.RawMessage
	require.NoError(t, json.Unmarshal([]byte(read(t, "nogo_config.json")), &cfg))
	byName := map[string]*analysis.Analyzer{}
	for _, a := range analyzers {
		byName[a.Name] = a
	}
	for name, entry := range cfg {
		a, ok := byName[name]
		if !assert.True(t, ok, "nogo_config.json configures %q, not a mapilint analyzer", name) {
			continue
		}
		for key, raw := range entry {
			assert.Contains(t, []string{"description", "only_files", "exclude_files", "analyzer_flags"}, key)
			if key != "analyzer_flags" {
				continue
			}
			var flags map[string]string
			require.NoError(t, json.Unmarshal(raw, &flags), "analyzer_flags must map flag names to strings")
			for flag, value := range flags {
				if assert.NotNil(t, a.Flags.Lookup(flag), "%s has no flag -%s", name, flag) {
					assert.NoError(t, a.Flags.Set(flag, value))
					assert.NoError(t, a.Flags.Set(flag, a.Flags.Lookup(flag).DefValue))
				}
			}
		}
	}
	assert.Contains(t, cfg, "storelogoff")
}

func TestModuleRegistersNogo(t *testing.T) {
	module := read(t, "MODULE.bazel")
	assert.Regexp(t, `go_sdk\.nogo\(\n    nogo = "//:mapilint_nogo",`, module)
	assert.Regexp(t, `use_repo\(go_deps, "`+repo+`"\)`, module)
}
