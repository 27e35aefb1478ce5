package lsp

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/mapilint/mapilint/internal/lsp/lsptest"
)

// The latency from didOpen to mapilint's diagnostics of the example
// store, through a real gopls ($MAPILINT_TEST_GOPLS):
//
//	MAPILINT_TEST_GOPLS=$(which gopls) go test -run '^$' -bench Latency -benchtime 10x ./internal/lsp
//
// "cold" starts mapilint lsp and gopls for each open (the first open of a
// session: gopls loads the workspace meanwhile, and mapilint parses the
// standard library); "warm" opens the file again in one session, as an
// editor does when a file is reopened. The metric ms/open is the mean
// latency; it is not asserted anywhere.
func BenchmarkLatency(b *testing.B) {
	gopls := os.Getenv("MAPILINT_TEST_GOPLS")
	if gopls == "" {
		b.Skip("MAPILINT_TEST_GOPLS is not set: it names the gopls binary to measure with")
	}
	dir := exampleModule(b)
	storePath := filepath.Join(dir, "store.go")
	data, err := os.ReadFile(storePath)
	if err != nil {
		b.Fatal(err)
	}
	uri := fileURI(storePath)

	start := func(b *testing.B) (*lsptest.Client, func()) {
		inR, inW := io.Pipe()
		outR, outW := io.Pipe()
		done := make(chan int, 1)
		go func() {
			done <- serve(analyzers, gopls, nil, DefaultDebounce, inR, outW, io.Discard)
			outW.Close()
		}()
		c := lsptest.New(outR, inW)
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		if err := c.Call(ctx, "initialize", map[string]any{"rootUri": fileURI(dir), "capabilities": map[string]any{}}, nil); err != nil {
			b.Fatal(err)
		}
		if err := c.Notify("initialized", map[string]any{}); err != nil {
			b.Fatal(err)
		}
		return c, func() {
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			_ = c.Call(ctx, "shutdown", nil, nil)
			_ = c.Notify("exit", nil)
			<-done
			inW.Close()
		}
	}
	// open opens store.go at version and returns how long mapilint's three
	// diagnostics took, then closes it and waits for them to go.
	open := func(b *testing.B, c *lsptest.Client, version int) time.Duration {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		t0 := time.Now()
		if err := c.Notify("textDocument/didOpen", map[string]any{
			"textDocument": map[string]any{"uri": uri, "languageId": "go", "version": version, "text": string(data)},
		}); err != nil {
			b.Fatal(err)
		}
		if _, err := c.WaitDiagnostics(ctx, uri, func(ds []lsptest.Diagnostic) bool {
			return len(lsptest.BySource(ds, passes...)) == 3
		}); err != nil {
			b.Fatal(err)
		}
		d := time.Since(t0)
		if err := c.Notify("textDocument/didClose", map[string]any{"textDocument": map[string]any{"uri": uri}}); err != nil {
			b.Fatal(err)
		}
		if _, err := c.WaitDiagnostics(ctx, uri, func(ds []lsptest.Diagnostic) bool {
			return len(lsptest.BySource(ds, passes...)) == 0
		}); err != nil {
			b.Fatal(err)
		}
		return d
	}

	b.Run("cold", func(b *testing.B) {
		var total time.Duration
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			c, stop := start(b)
			b.StartTimer()
			total += open(b, c, 1)
			b.StopTimer()
			stop()
			b.StartTimer()
		}
		b.ReportMetric(float64(total.Milliseconds())/float64(b.N), "ms/open")
	})
	b.Run("warm", func(b *testing.B) {
		c, stop := start(b)
		defer stop()
		open(b, c, 1) // the session's first open
		var total time.Duration
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			total += open(b, c, 2+i)
		}
		b.ReportMetric(float64(total.Milliseconds())/float64(b.N), "ms/open")
	})
}

// BenchmarkAnalyse measures mapilint's share of the latency: loading and
// analysing the example package with the session's parse cache warm.
func BenchmarkAnalyse(b *testing.B) {
	dir := exampleModule(b)
	cache := newParseCache()
	logf := func(string, ...any) {}
	if _, err := analyse(context.Background(), analyzers, cache, dir, snapshot{}, logf); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := analyse(context.Background(), analyzers, cache, dir, snapshot{}, logf); err != nil {
			b.Fatal(err)
		}
	}
}
