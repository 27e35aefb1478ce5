// Command mapilint checks that Go implementations of a MAPI message store
// provider shut down in the order Microsoft documents in "Shutting Down a
// Message Store Provider": StoreLogoff begins by calling the support object's
// StoreLogoffTransports, Release forwards to the support object's Release last,
// and Release calls StoreLogoffTransports(LOGOFF_ABORT) exactly when StoreLogoff
// never did.
//
// It bundles three analyzers:
//
//	storelogoff   StoreLogoff begins by calling StoreLogoffTransports
//	releaseorder  Release forwards to the support object's Release, last
//	abortflag     Release guards a single StoreLogoffTransports(LOGOFF_ABORT)
//
// Usage:
//
//	mapilint [-flag] [packages]                      # standalone; exit status 3 when it reports
//	go vet -vettool=$(which mapilint) [packages]     # through go vet
//	go fix -fixtool=$(which mapilint) [packages]     # apply the suggested fixes
//	mapilint -fix [packages]                         # apply the suggested fixes, standalone
//	mapilint sarif [-test] [packages] > mapilint.sarif  # SARIF 2.1.0 for code scanning; exit status 0
//	mapilint lsp [-gopls PATH] [-- gopls flags]      # gopls with mapilint's diagnostics, for editors
//
// Run "mapilint help" for the list of analyzers and their flags, and
// "mapilint help <analyzer>" for the details of one.
//
// Windows-only provider code is checked on any OS by setting GOOS=windows.
package main

import (
	"os"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/multichecker"

	"github.com/mapilint/mapilint/internal/sarif"
	"github.com/mapilint/mapilint/passes/abortflag"
	"github.com/mapilint/mapilint/passes/releaseorder"
	"github.com/mapilint/mapilint/passes/storelogoff"
)

// analyzers are the passes mapilint runs, in the order it lists them.
var analyzers = []*analysis.Analyzer{
	storelogoff.Analyzer,
	releaseorder.Analyzer,
	abortflag.Analyzer,
}

func main() {
	// "mapilint sarif ..." writes SARIF; go vet and go fix never pass
	// "sarif" first, and a package of that name is spelt "./sarif".
	if len(os.Args) > 1 && os.Args[1] == "sarif" {
		os.Exit(sarif.Main(analyzers, os.Args[2:], os.Stdout, os.Stderr))
	}
	// "mapilint lsp ..." is a language server in front of gopls (lsp.go).
	if len(os.Args) > 1 && os.Args[1] == "lsp" {
		os.Exit(lspMain(os.Args[2:]))
	}
	// The fast path (fastpath.go); MAPILINT_FULL=1 skips it.
	if os.Getenv(fullEnv) != "1" {
		if out, ok := nothingToCheck(os.Args[1:], analyzers); ok {
			os.Stdout.WriteString(out)
			os.Exit(0)
		}
	}
	multichecker.Main(analyzers...)
}
