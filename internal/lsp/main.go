// Package lsp is the "mapilint lsp" subcommand: a Language Server
// Protocol front for gopls that adds mapilint's diagnostics and quick
// fixes to gopls's own.
//
// It starts gopls as a child process and copies every JSON-RPC message
// both ways unchanged, with three exceptions:
//
//   - When the editor opens, saves or (after a pause of DefaultDebounce)
//     changes a Go file of a package that mentions StoreLogoff or
//     mapilint:, the package is loaded with go/packages, the editor's
//     unsaved buffers as overlays, and analysed with the mapilint
//     analyzers; a newer edit cancels an older analysis.
//   - gopls's textDocument/publishDiagnostics notifications are kept per
//     file, and each file's diagnostics go to the editor as the union of
//     gopls's latest and mapilint's latest. mapilint's have the pass as
//     source and code, the rule's documentation as codeDescription, the
//     command line's message and its related information.
//   - gopls's textDocument/codeAction responses get mapilint's suggested
//     fixes for the diagnostics in the requested range appended, as
//     quickfix code actions.
//
// When gopls is missing or dies, the editor gets a window/showMessage
// error and the command exits with status 1.
package lsp

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"go/build"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"time"

	"golang.org/x/tools/go/analysis"
)

// GuardEnv is set in gopls's environment. A "mapilint lsp" that finds it
// set was started as gopls by another one (a wrapper named gopls on PATH)
// and stops, instead of starting itself again and again.
const GuardEnv = "MAPILINT_LSP_PARENT"

// missingTimeout bounds how long "mapilint lsp" without a gopls waits for
// the editor's first message, to answer it with the error.
const missingTimeout = 10 * time.Second

// Main runs the subcommand with its arguments (those after "lsp"),
// speaking LSP on stdin and stdout and logging to stderr, and returns
// the exit status.
func Main(analyzers []*analysis.Analyzer, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("mapilint lsp", flag.ContinueOnError)
	fs.SetOutput(stderr)
	goplsFlag := fs.String("gopls", "", "the gopls `binary` to start (default: gopls on PATH, then in GOBIN or GOPATH/bin)")
	// The analyzers' own flags, named as in standalone runs.
	for _, a := range analyzers {
		a.Flags.VisitAll(func(f *flag.Flag) {
			fs.Var(f.Value, a.Name+"."+f.Name, f.Usage)
		})
	}
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: mapilint lsp [-gopls PATH] [-flag] [--] [gopls flags]\n\n"+
			"A language server for editors: gopls with mapilint's diagnostics and quick fixes.\n"+
			"It starts gopls with the gopls flags and speaks LSP on standard input and output.\n"+
			"With a gopls subcommand other than serve (mapilint lsp version), it runs gopls with\n"+
			"the same arguments instead, so a wrapper script can stand in for gopls.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	ours, goplsArgs := splitArgs(fs, args)
	if err := fs.Parse(ours); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	goplsArgs = append(fs.Args(), goplsArgs...)

	if parent := os.Getenv(GuardEnv); parent != "" {
		msg := fmt.Sprintf("mapilint lsp: the gopls that mapilint lsp (pid %s) started is mapilint lsp again; "+
			"pass -gopls with the path of the real gopls binary", parent)
		return fail(stdin, stdout, stderr, msg)
	}
	gopls, err := findGopls(*goplsFlag)
	if err != nil {
		return fail(stdin, stdout, stderr, fmt.Sprintf("mapilint lsp: %v; install it (go install golang.org/x/tools/gopls@latest) or pass -gopls PATH", err))
	}
	if isSubcommand(goplsArgs) {
		return passThrough(gopls, goplsArgs, stdin, stdout, stderr)
	}
	return serve(analyzers, gopls, goplsArgs, DefaultDebounce, stdin, stdout, stderr)
}

// splitArgs splits args into the flags of fs, which come first, and the
// rest, which go to gopls: after "--", or from the first argument that
// is not a flag of fs (so "mapilint lsp -remote=auto" passes -remote to
// gopls as lsp-mode's default arguments need).
func splitArgs(fs *flag.FlagSet, args []string) (ours, rest []string) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			return ours, args[i+1:]
		}
		name, hasValue := strings.TrimLeft(a, "-"), false
		if n, _, ok := strings.Cut(name, "="); ok {
			name, hasValue = n, true
		}
		if !strings.HasPrefix(a, "-") || (name != "h" && name != "help" && fs.Lookup(name) == nil) {
			return ours, args[i:]
		}
		ours = append(ours, a)
		if f := fs.Lookup(name); f != nil && !hasValue && !isBool(f) && i+1 < len(args) {
			i++
			ours = append(ours, args[i])
		}
	}
	return ours, nil
}

func isBool(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// subcommand matches a gopls subcommand name.
var subcommand = regexp.MustCompile(`^[a-z][a-z_-]*$`)

// isSubcommand reports whether gopls's arguments name a subcommand other
// than serve (version, help, check, ...): the first argument that is not
// a flag, if it looks like a command name.
func isSubcommand(args []string) bool {
	for _, a := range args {
		if strings.HasPrefix(a, "-") {
			continue
		}
		return a != "serve" && subcommand.MatchString(a)
	}
	return false
}

// findGopls returns the gopls binary to run: -gopls, or gopls on PATH,
// in GOBIN or in GOPATH/bin (where go install and editors put it).
func findGopls(flagValue string) (string, error) {
	if flagValue != "" {
		p, err := exec.LookPath(flagValue)
		if err != nil {
			return "", fmt.Errorf("cannot run gopls %q: %w", flagValue, err)
		}
		return p, nil
	}
	if p, err := exec.LookPath("gopls"); err == nil {
		return p, nil
	}
	name := "gopls"
	if runtime.GOOS == "windows" {
		name += ".exe"
	}
	var dirs []string
	if gobin := os.Getenv("GOBIN"); gobin != "" {
		dirs = append(dirs, gobin)
	}
	if gopath := filepath.SplitList(build.Default.GOPATH); len(gopath) > 0 && gopath[0] != "" {
		dirs = append(dirs, filepath.Join(gopath[0], "bin"))
	}
	for _, d := range dirs {
		p := filepath.Join(d, name)
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
			return p, nil
		}
	}
	return "", fmt.Errorf("gopls not found on PATH nor in %s", strings.Join(dirs, ", "))
}

// passThrough runs gopls with args on the standard streams.
func passThrough(gopls string, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cmd := exec.Command(gopls, args...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = stdin, stdout, stderr
	cmd.Env = append(os.Environ(), fmt.Sprintf("%s=%d", GuardEnv, os.Getpid()))
	err := cmd.Run()
	var exitErr *exec.ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &exitErr) && exitErr.ExitCode() > 0:
		return exitErr.ExitCode()
	default:
		fmt.Fprintf(stderr, "mapilint lsp: %s: %v\n", gopls, err)
		return 1
	}
}

// fail reports msg to the editor when there is no gopls to serve it: it
// waits (a little) for the editor's first message, the initialize
// request, and answers it with a window/showMessage error and an error
// response. It returns the exit status, 1.
func fail(stdin io.Reader, stdout, stderr io.Writer, msg string) int {
	fmt.Fprintln(stderr, msg)
	w := NewWriter(stdout)
	first := make(chan []byte, 1)
	go func() {
		body, _ := ReadMessage(bufio.NewReader(stdin))
		first <- body
	}()
	var body []byte
	select {
	case body = <-first:
	case <-time.After(missingTimeout):
	}
	_ = showMessage(w, MessageError, msg)
	var m envelope
	if body != nil && json.Unmarshal(body, &m) == nil && m.isRequest() {
		_ = w.WriteJSON(response{JSONRPC: "2.0", ID: m.ID, Error: &responseError{Code: codeRequestFailed, Message: msg}})
	}
	return 1
}

// serve starts gopls and proxies between it and the editor until gopls
// exits. It returns gopls's exit status when the editor asked it to exit
// (or went away), and 1 when gopls died on its own.
func serve(analyzers []*analysis.Analyzer, gopls string, args []string, debounce time.Duration, stdin io.Reader, stdout, stderr io.Writer) int {
	cmd := exec.Command(gopls, args...)
	cmd.Stderr = stderr // gopls's log, into the editor's log of this server
	cmd.Env = append(os.Environ(), fmt.Sprintf("%s=%d", GuardEnv, os.Getpid()))
	toServer, err := cmd.StdinPipe()
	if err != nil {
		return fail(stdin, stdout, stderr, fmt.Sprintf("mapilint lsp: %v", err))
	}
	fromServer, err := cmd.StdoutPipe()
	if err != nil {
		return fail(stdin, stdout, stderr, fmt.Sprintf("mapilint lsp: %v", err))
	}
	if err := cmd.Start(); err != nil {
		return fail(stdin, stdout, stderr, fmt.Sprintf("mapilint lsp: cannot start gopls: %v", err))
	}
	logger := func(format string, a ...any) {
		fmt.Fprintf(stderr, "mapilint lsp: "+format+"\n", a...)
	}
	logger("started %s (pid %d)", strings.Join(append([]string{gopls}, args...), " "), cmd.Process.Pid)

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	p := newProxy(ctx, analyzers, debounce, NewWriter(stdout), NewWriter(toServer), logger)
	go func() {
		err := p.fromEditor(bufio.NewReader(stdin))
		if !errors.Is(err, errServerGone) {
			// The editor went away (or its stream broke): the session is
			// over, and gopls exits when its input ends.
			if err != io.EOF {
				logger("reading from the editor: %v", err)
			}
			p.mu.Lock()
			p.exitRequested = true
			p.mu.Unlock()
		}
		toServer.Close()
	}()
	serverErr := p.fromServer(bufio.NewReader(fromServer))
	if serverErr != io.EOF {
		logger("%v", serverErr)
		go drain(fromServer) // let gopls finish writing and exit
	}
	waitErr := cmd.Wait()
	p.stop()

	p.mu.Lock()
	requested := p.exitRequested
	p.mu.Unlock()
	if requested {
		if code := cmd.ProcessState.ExitCode(); code > 0 {
			return code
		}
		if waitErr != nil {
			return 1
		}
		return 0
	}
	why := "exit status 0"
	if waitErr != nil {
		why = waitErr.Error()
	}
	msg := fmt.Sprintf("mapilint lsp: gopls exited unexpectedly (%s); restart the language server (its log has gopls's output)", why)
	logger("%s", strings.TrimPrefix(msg, "mapilint lsp: "))
	_ = showMessage(p.editor, MessageError, msg)
	p.failPending(msg)
	return 1
}
