package main

// The targets of the com and adversarial workloads.

import (
	"path/filepath"
	"slices"
)

// comTargets generates the COM provider module into dir and returns its
// rows: the same command for mapilint and every baseline, with GOOS=windows,
// compared with one-fact.
func comTargets(dir string) ([]target, error) {
	if err := genCom(dir); err != nil {
		return nil, err
	}
	const wmi = "github.com/yusufpapurcu/wmi"
	com := func(name string, t target) target {
		t.name = name
		t.dir = dir
		t.env = append(slices.Clip(comEnv), t.env...)
		t.floor = "one-fact"
		if t.args == nil {
			t.args = []string{"./..."}
		}
		return t
	}
	return []target{
		com("com: ./...", target{verdict: true}),
		com("com: -json ./...", target{flags: []string{"-json"}}),
		com("com: go vet ./... (facts recomputed)", target{vet: true, coldFacts: true}),
		com("com: go vet ./... (facts cached)", target{vet: true, warmAll: true}),
		com("com: -json "+wmi, target{flags: []string{"-json"}, args: []string{wmi}, verdict: true}),
		// wmi has no MAPI text, so the row above may take mapilint's fast
		// path; MAPILINT_FULL=1 makes it run the analysis on wmi (and on
		// go-ole, which wmi imports) as go vet and golangci-lint do.
		com("com: -json "+wmi+" (MAPILINT_FULL=1)", target{flags: []string{"-json"}, args: []string{wmi}, env: []string{"MAPILINT_FULL=1"}, verdict: true}),
	}, nil
}

// adversarialTargets generates the adversarial module into dir and returns
// a row per shape, compared with buildssa-only (the shapes with a
// target of 1.5 times).
func adversarialTargets(dir string) ([]target, error) {
	if err := genAdversarial(dir); err != nil {
		return nil, err
	}
	var ts []target
	for _, s := range adversarialShapes {
		ts = append(ts, target{
			name:    "adversarial: " + s.name,
			note:    s.doc,
			dir:     dir,
			args:    []string{"./" + filepath.ToSlash(s.name) + "/..."},
			verdict: true,
			floor:   "buildssa-only",
			limit:   s.limit,
		})
	}
	return ts, nil
}
