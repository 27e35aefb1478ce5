// Package gclplugin is mapilint's golangci-lint v2 module plugin. It
// registers the linter "mapilint" with github.com/golangci/plugin-module-register;
// a golangci-lint binary built with this package imported (by
// "golangci-lint custom", or by hand as integration/golangci does) runs the
// three mapilint analyzers under that one linter name.
//
// Every analyzer flag is a setting, under the flag's name:
//
//	linters:
//	  settings:
//	    custom:
//	      mapilint:
//	        type: module
//	        settings:
//	          harmless:
//	            - example.com/trace
//
// Settings are decoded strictly: an unknown setting, or a value of the wrong
// type, makes golangci-lint stop with an error naming the setting.
package gclplugin

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/mapilint/mapilint/passes/abortflag"
	"github.com/mapilint/mapilint/passes/releaseorder"
	"github.com/mapilint/mapilint/passes/storelogoff"
)

// Name is the linter name golangci-lint reports under, and the key of the
// plugin in .golangci.yml and .custom-gcl.yml.
const Name = "mapilint"

func init() {
	register.Plugin(Name, New)
}

// Analyzers returns the analyzers the plugin runs.
func Analyzers() []*analysis.Analyzer {
	return []*analysis.Analyzer{storelogoff.Analyzer, releaseorder.Analyzer, abortflag.Analyzer}
}

// A setting is one analyzer flag exposed as a plugin setting.
type setting struct {
	analyzer *analysis.Analyzer
	flag     string // the flag's name, also the setting's key
	// decode turns the setting's JSON value into the flag's string value,
	// or explains what the value should have been.
	decode func(raw json.RawMessage) (string, error)
}

// settings lists every analyzer flag; TestEveryFlagIsASetting keeps it complete.
var settings = []setting{
	{storelogoff.Analyzer, "harmless", decodeList},
	{storelogoff.Analyzer, "gaveup", decodeBool},
}

// decodeBool accepts a boolean (or null, false).
func decodeBool(raw json.RawMessage) (string, error) {
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		return "", err
	}
	switch v := v.(type) {
	case nil:
		return "false", nil
	case bool:
		return fmt.Sprint(v), nil
	}
	return "", fmt.Errorf("must be a boolean, not %s", describe(v))
}

// decodeList accepts a list of strings (or null, the empty list) and joins
// it into a comma-separated flag value.
func decodeList(raw json.RawMessage) (string, error) {
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		return "", err
	}
	if v == nil {
		return "", nil
	}
	list, ok := v.([]any)
	if !ok {
		return "", fmt.Errorf("must be a list of strings, not %s", describe(v))
	}
	items := make([]string, len(list))
	for i, e := range list {
		s, ok := e.(string)
		if !ok {
			return "", fmt.Errorf("item %d must be a string, not %s", i+1, describe(e))
		}
		switch {
		case strings.TrimSpace(s) == "":
			return "", fmt.Errorf("item %d is empty", i+1)
		case strings.Contains(s, ","):
			return "", fmt.Errorf("item %d (%q) contains a comma: give each name as its own item", i+1, s)
		}
		items[i] = strings.TrimSpace(s)
	}
	return strings.Join(items, ","), nil
}

// describe names the JSON type of a decoded value, with the value.
func describe(v any) string {
	switch v := v.(type) {
	case nil:
		return "null"
	case bool:
		return fmt.Sprintf("the boolean %v", v)
	case float64:
		return fmt.Sprintf("the number %v", v)
	case string:
		return fmt.Sprintf("the string %q", v)
	case []any:
		return "a list"
	case map[string]any:
		return "a mapping"
	}
	return fmt.Sprintf("%T", v)
}

// Plugin is the golangci-lint linter plugin.
type Plugin struct{}

var _ register.LinterPlugin = Plugin{}

// New decodes the plugin's settings (the "settings" mapping of the custom
// linter in .golangci.yml; nil when there is none), sets the analyzer flags
// from them, and returns the plugin. Flags a setting does not mention are
// reset to their defaults.
func New(conf any) (register.LinterPlugin, error) {
	values, err := decodeSettings(conf)
	if err != nil {
		return nil, err
	}
	for _, s := range settings {
		f := s.analyzer.Flags.Lookup(s.flag)
		if f == nil {
			return nil, fmt.Errorf("%s: analyzer %s has no flag %q", Name, s.analyzer.Name, s.flag)
		}
		v, ok := values[s.flag]
		if !ok {
			v = f.DefValue
		}
		if err := s.analyzer.Flags.Set(s.flag, v); err != nil {
			return nil, fmt.Errorf("%s: setting %q: %v", Name, s.flag, err)
		}
	}
	return Plugin{}, nil
}

// decodeSettings checks conf against the known settings and returns the
// flag value of each setting it gives.
func decodeSettings(conf any) (map[string]string, error) {
	// register.DecodeSettings round-trips conf through JSON, so what
	// golangci-lint read from YAML, TOML or JSON arrives in one form.
	raw, err := register.DecodeSettings[map[string]json.RawMessage](conf)
	if err != nil {
		return nil, fmt.Errorf("%s: settings must be a mapping of setting names to values: %v", Name, err)
	}
	known := map[string]setting{}
	for _, s := range settings {
		known[s.flag] = s
	}
	values := map[string]string{}
	for _, key := range slices.Sorted(maps.Keys(raw)) {
		s, ok := known[key]
		if !ok {
			return nil, fmt.Errorf("%s: unknown setting %q (known settings: %s)",
				Name, key, strings.Join(slices.Sorted(maps.Keys(known)), ", "))
		}
		v, err := s.decode(raw[key])
		if err != nil {
			return nil, fmt.Errorf("%s: setting %q: %v", Name, key, err)
		}
		values[key] = v
	}
	return values, nil
}

// BuildAnalyzers returns the three mapilint analyzers.
func (Plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return Analyzers(), nil
}

// GetLoadMode reports that the analyzers need type information.
func (Plugin) GetLoadMode() string {
	return register.LoadModeTypesInfo
}
