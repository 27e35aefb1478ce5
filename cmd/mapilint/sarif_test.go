package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSARIFCommand runs the built command's sarif subcommand on
// testdata/e2e/vetmod: it writes the log to standard output, nothing to
// standard error, and exits 0 although it has results. internal/sarif
// tests the log itself, and validates it against the SARIF schema.
func TestSARIFCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test builds mapilint and runs the go command; skipped in -short mode")
	}
	bin := buildMapilint(t, goTool(t))

	cmd := exec.Command(bin, "sarif", "./...")
	cmd.Dir = testdataModule(t, "vetmod")
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOTOOLCHAIN=local", "GO111MODULE=on")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	require.NoError(t, cmd.Run(), "mapilint sarif exits 0 with results; stderr:\n%s", stderr.String())
	assert.Empty(t, stderr.String())

	var log struct {
		Version string `json:"version"`
		Runs    []struct {
			Tool struct {
				Driver struct {
					Name  string `json:"name"`
					Rules []struct {
						ID string `json:"id"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID    string `json:"ruleId"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
						Region struct {
							StartLine int `json:"startLine"`
						} `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
				Message struct {
					Text string `json:"text"`
				} `json:"message"`
			} `json:"results"`
		} `json:"runs"`
	}
	require.NoError(t, json.Unmarshal(stdout.Bytes(), &log), "stdout:\n%s", stdout.String())
	assert.Equal(t, "2.1.0", log.Version)
	require.Len(t, log.Runs, 1)
	run := log.Runs[0]
	assert.Equal(t, "mapilint", run.Tool.Driver.Name)
	var rules []string
	for _, r := range run.Tool.Driver.Rules {
		rules = append(rules, r.ID)
	}
	assert.Equal(t, []string{"storelogoff", "releaseorder", "abortflag"}, rules)
	var got []diag
	for _, r := range run.Results {
		require.Len(t, r.Locations, 1)
		loc := r.Locations[0].PhysicalLocation
		got = append(got, diag{loc.ArtifactLocation.URI, loc.Region.StartLine, r.Message.Text})
	}
	assert.ElementsMatch(t, vetmodDiags, got)
}
