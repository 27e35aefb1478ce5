package lsp

import (
	"flag"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSplitArgs(t *testing.T) {
	newFS := func() *flag.FlagSet {
		fs := flag.NewFlagSet("lsp", flag.ContinueOnError)
		fs.String("gopls", "", "")
		fs.String("storelogoff.harmless", "", "")
		fs.Bool("storelogoff.gaveup", false, "")
		return fs
	}
	for _, tc := range []struct {
		args, ours, rest []string
	}{
		{nil, nil, nil},
		{[]string{"-gopls", "/bin/gopls"}, []string{"-gopls", "/bin/gopls"}, nil},
		{[]string{"-gopls=/g", "--", "-rpc.trace"}, []string{"-gopls=/g"}, []string{"-rpc.trace"}},
		{[]string{"-storelogoff.gaveup", "-remote=auto"}, []string{"-storelogoff.gaveup"}, []string{"-remote=auto"}},
		{[]string{"--gopls", "g", "serve", "-rpc.trace"}, []string{"--gopls", "g"}, []string{"serve", "-rpc.trace"}},
		{[]string{"version", "-json"}, nil, []string{"version", "-json"}},
		{[]string{"-h"}, []string{"-h"}, nil},
	} {
		ours, rest := splitArgs(newFS(), tc.args)
		assert.Equal(t, tc.ours, ours, "%q", tc.args)
		assert.Equal(t, tc.rest, rest, "%q", tc.args)
	}
}

func TestIsSubcommand(t *testing.T) {
	assert.False(t, isSubcommand(nil))
	assert.False(t, isSubcommand([]string{"-rpc.trace", "serve"}))
	assert.False(t, isSubcommand([]string{"-remote=auto"}))
	assert.False(t, isSubcommand([]string{"-logfile", "/tmp/gopls.log"}))
	assert.True(t, isSubcommand([]string{"version", "-json"}))
	assert.True(t, isSubcommand([]string{"-v", "api-json"}))
}

func TestFindGopls(t *testing.T) {
	_, err := findGopls("/no/such/gopls")
	assert.ErrorContains(t, err, "/no/such/gopls")
	t.Setenv("PATH", t.TempDir())
	t.Setenv("GOBIN", t.TempDir())
	t.Setenv("GOPATH", t.TempDir())
	_, err = findGopls("")
	if err == nil {
		t.Skip("build.Default.GOPATH was fixed before the test changed GOPATH, and has a gopls")
	}
	assert.ErrorContains(t, err, "gopls not found on PATH")
}
