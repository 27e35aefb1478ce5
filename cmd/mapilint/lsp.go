package main

import (
	"os"

	"github.com/mapilint/mapilint/internal/lsp"
)

// lspMain is "mapilint lsp [-gopls PATH] [-- gopls flags]": gopls with
// mapilint's diagnostics and quick fixes, for editors (internal/lsp).
func lspMain(args []string) int {
	return lsp.Main(analyzers, args, os.Stdin, os.Stdout, os.Stderr)
}
