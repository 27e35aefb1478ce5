package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
)

// goplsVersion is the gopls the lsp workload measures with, as CI's
// editor tests do.
const goplsVersion = "v0.23.0"

// runLSP measures the latency from didOpen of the example store to
// mapilint's diagnostics through `mapilint lsp` in front of a real gopls
// (the internal/lsp benchmarks BenchmarkLatency, cold and warm, and
// BenchmarkAnalyse, mapilint's load and analysis alone). The gopls is
// $MAPILINT_TEST_GOPLS, or gopls@v0.23.0 built into tmp from the module
// proxy.
func runLSP(root, tmp string, runs int) error {
	gopls := os.Getenv("MAPILINT_TEST_GOPLS")
	if gopls == "" {
		gobin := filepath.Join(tmp, "gobin")
		fmt.Fprintf(os.Stderr, "bench: building gopls %s\n", goplsVersion)
		cmd := exec.Command("go", "install", "golang.org/x/tools/gopls@"+goplsVersion)
		cmd.Env = append(os.Environ(), "GOBIN="+gobin, "GOFLAGS=", "GOWORK=off")
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("building gopls: %w", err)
		}
		gopls = filepath.Join(gobin, "gopls")
	}
	cmd := exec.Command("go", "test", "-count=1", "-run", "^$", "-bench", "Latency|Analyse",
		"-benchtime", fmt.Sprintf("%dx", runs), "./internal/lsp")
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "MAPILINT_TEST_GOPLS="+gopls)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	return cmd.Run()
}
