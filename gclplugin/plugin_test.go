package gclplugin

import (
	"flag"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/mapilint/mapilint/passes/storelogoff"
)

// harmlessFlag returns the current value of storelogoff's -harmless flag and
// resets it when the test ends.
func harmlessFlag(t *testing.T) string {
	t.Helper()
	t.Cleanup(func() { _ = storelogoff.Analyzer.Flags.Set("harmless", "") })
	return storelogoff.Analyzer.Flags.Lookup("harmless").Value.String()
}

func TestRegistered(t *testing.T) {
	newPlugin, err := register.GetPlugin("mapilint")
	require.NoError(t, err)
	p, err := newPlugin(nil)
	require.NoError(t, err)
	assert.Equal(t, register.LoadModeTypesInfo, p.GetLoadMode())
	analyzers, err := p.BuildAnalyzers()
	require.NoError(t, err)
	var names []string
	for _, a := range analyzers {
		names = append(names, a.Name)
	}
	assert.Equal(t, []string{"storelogoff", "releaseorder", "abortflag"}, names)
}

// TestEveryFlagIsASetting keeps the settings table complete: a flag added
// to an analyzer must become a setting too.
func TestEveryFlagIsASetting(t *testing.T) {
	known := map[string]bool{}
	for _, s := range settings {
		known[s.analyzer.Name+"."+s.flag] = true
	}
	for _, a := range Analyzers() {
		a.Flags.VisitAll(func(f *flag.Flag) {
			assert.True(t, known[a.Name+"."+f.Name], "flag -%s.%s has no plugin setting", a.Name, f.Name)
		})
	}
}

func TestSettingsValid(t *testing.T) {
	tests := []struct {
		name string
		conf any
		want string
	}{
		{"no settings", nil, ""},
		{"empty mapping", map[string]any{}, ""},
		{"null list", map[string]any{"harmless": nil}, ""},
		{"empty list", map[string]any{"harmless": []any{}}, ""},
		{"one item", map[string]any{"harmless": []any{"example.com/trace"}}, "example.com/trace"},
		{
			"several items",
			map[string]any{"harmless": []any{"example.com/trace", "example.com/trace.Printf", " (*example.com/p.T).Close "}},
			"example.com/trace,example.com/trace.Printf,(*example.com/p.T).Close",
		},
		{"typed list", map[string]any{"harmless": []string{"example.com/trace"}}, "example.com/trace"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_ = storelogoff.Analyzer.Flags.Set("harmless", "stale")
			p, err := New(tt.conf)
			require.NoError(t, err)
			require.NotNil(t, p)
			assert.Equal(t, tt.want, harmlessFlag(t), "settings not given reset the flag to its default")
		})
	}
}

func TestSettingsErrors(t *testing.T) {
	tests := []struct {
		name string
		conf any
		want string // the exact error
	}{
		{
			"unknown key",
			map[string]any{"harmles": []any{"example.com/trace"}},
			`mapilint: unknown setting "harmles" (known settings: gaveup, harmless)`,
		},
		{
			"unknown key beside a known one",
			map[string]any{"harmless": []any{"x"}, "fix": true},
			`mapilint: unknown setting "fix" (known settings: gaveup, harmless)`,
		},
		{
			"string instead of list",
			map[string]any{"harmless": "example.com/trace"},
			`mapilint: setting "harmless": must be a list of strings, not the string "example.com/trace"`,
		},
		{
			"number instead of list",
			map[string]any{"harmless": 42},
			`mapilint: setting "harmless": must be a list of strings, not the number 42`,
		},
		{
			"mapping instead of list",
			map[string]any{"harmless": map[string]any{"a": "b"}},
			`mapilint: setting "harmless": must be a list of strings, not a mapping`,
		},
		{
			"number in the list",
			map[string]any{"harmless": []any{"example.com/trace", 7}},
			`mapilint: setting "harmless": item 2 must be a string, not the number 7`,
		},
		{
			"empty item",
			map[string]any{"harmless": []any{" "}},
			`mapilint: setting "harmless": item 1 is empty`,
		},
		{
			"string instead of boolean",
			map[string]any{"gaveup": "yes"},
			`mapilint: setting "gaveup": must be a boolean, not the string "yes"`,
		},
		{
			"comma in an item",
			map[string]any{"harmless": []any{"a,b"}},
			`mapilint: setting "harmless": item 1 ("a,b") contains a comma: give each name as its own item`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := New(tt.conf)
			require.Error(t, err)
			assert.Nil(t, p)
			assert.Equal(t, tt.want, err.Error())
		})
	}
}

func TestSettingsNotAMapping(t *testing.T) {
	for _, conf := range []any{"harmless", []any{"harmless"}, 3} {
		_, err := New(conf)
		require.Error(t, err)
		assert.True(t, strings.HasPrefix(err.Error(), "mapilint: settings must be a mapping of setting names to values: "), err.Error())
	}
}
