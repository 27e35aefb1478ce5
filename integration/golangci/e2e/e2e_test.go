// Package e2e runs a real golangci-lint v2 binary with the mapilint plugin
// compiled in (the command in the parent directory) on testdata/e2e/gclmod,
// the ways users run it: golangci-lint run, --fix, and the exact command
// lines VS Code's Go extension and golangci-lint-langserver (Neovim, Helix,
// Emacs) run, taken from the editor snippets the README shows.
//
// run.sh builds the binary and passes it in MAPILINT_GOLANGCI_BIN; without
// it the test builds the binary itself.
package e2e

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"

	"go.yaml.in/yaml/v3"
)

// binName is the custom binary's name, as .custom-gcl.yml names it and the
// editor snippets call it.
const binName = "golangci-lint-mapilint"

// The analyzers' messages for the diagnostics gclmod triggers.
const (
	msgSL1 = "StoreLogoff never calls StoreLogoffTransports and does not save its flags for Release"
	msgSL3 = "call to journal.Flush runs before s.support.StoreLogoffTransports; StoreLogoff must begin with that call"
	msgRO2 = "Release returns here without releasing the support object s.support"
	msgAF1 = "Release does not call s.support.StoreLogoffTransports(LOGOFF_ABORT) on a final path where StoreLogoff has not called it"
)

// A diag is one golangci-lint issue: file (base name), position, and text as
// golangci-lint words it ("<analyzer>: <message>"; one linter runs several
// analyzers).
type diag struct {
	file      string
	line, col int
	text      string
}

func (d diag) String() string { return fmt.Sprintf("%s:%d:%d: %s", d.file, d.line, d.col, d.text) }

// gclmodDiags are the diagnostics expected on testdata/e2e/gclmod as it is:
// quiet.go's SL1 is silenced by //nolint:mapilint and journaled.go's SL3 by
// the harmless setting in .golangci.yml.
var gclmodDiags = []diag{
	{"forgetful.go", 19, 26, "abortflag: " + msgAF1},
	{"leaky.go", 34, 3, "releaseorder: " + msgRO2},
	{"noop.go", 9, 21, "storelogoff: " + msgSL1},
}

// Without the nolint comment and the settings, these are reported too.
var (
	quietDiag     = diag{"quiet.go", 9, 22, "storelogoff: " + msgSL1}
	journaledDiag = diag{"journaled.go", 13, 15, "storelogoff: " + msgSL3}
)

func TestGolangciLint(t *testing.T) {
	bin := golangciBinary(t)
	env := testEnv(t)

	t.Run("run", func(t *testing.T) {
		dir := copyModule(t, gclmod(t))
		out, code := run(t, dir, env, bin, "run", "./...")
		assertExit(t, 1, code, out) // issues-exit-code defaults to 1
		assertDiags(t, gclmodDiags, textDiags(out, false))
		// Related information arrives as issues of its own.
		assert(t, strings.Contains(out, "forgetful.go:21:2: abortflag(related information): this return is such a path (mapilint)"),
			"related information missing:\n%s", out)
	})

	// The nolint comment and the setting are what keep quiet.go and
	// journaled.go quiet: without them both are reported.
	t.Run("nolint and settings", func(t *testing.T) {
		dir := copyModule(t, gclmod(t))
		replaceInFile(t, filepath.Join(dir, "quiet.go"), " //nolint:mapilint // the test silences this SL1", "")
		cfg := readYAML(t, filepath.Join(dir, ".golangci.yml"))
		mapilint := cfg["linters"].(map[string]any)["settings"].(map[string]any)["custom"].(map[string]any)["mapilint"].(map[string]any)
		delete(mapilint, "settings")
		writeYAML(t, filepath.Join(dir, ".golangci.yml"), cfg)

		out, code := run(t, dir, env, bin, "run", "./...")
		assertExit(t, 1, code, out)
		want := append(slices.Clone(gclmodDiags), quietDiag, journaledDiag)
		assertDiags(t, want, textDiags(out, false))
	})

	// Bad settings stop golangci-lint with an error naming the setting.
	t.Run("bad settings", func(t *testing.T) {
		for _, tc := range []struct {
			settings map[string]any
			want     string
		}{
			{map[string]any{"harmles": []any{"example.com/gclmod/journal.Flush"}},
				`mapilint: unknown setting "harmles" (known settings: gaveup, harmless)`},
			{map[string]any{"harmless": "example.com/gclmod/journal.Flush"},
				`mapilint: setting "harmless": must be a list of strings, not the string "example.com/gclmod/journal.Flush"`},
		} {
			dir := copyModule(t, gclmod(t))
			cfg := readYAML(t, filepath.Join(dir, ".golangci.yml"))
			mapilint := cfg["linters"].(map[string]any)["settings"].(map[string]any)["custom"].(map[string]any)["mapilint"].(map[string]any)
			mapilint["settings"] = tc.settings
			writeYAML(t, filepath.Join(dir, ".golangci.yml"), cfg)
			out, code := run(t, dir, env, bin, "run", "./...")
			assert(t, code != 0 && code != 1, "golangci-lint must fail on bad settings (exit %d):\n%s", code, out)
			assert(t, strings.Contains(out, tc.want), "want error %q in:\n%s", tc.want, out)
		}
	})

	t.Run("fix", func(t *testing.T) {
		dir := copyModule(t, gclmod(t))
		out, code := run(t, dir, env, bin, "run", "--fix", "./...")
		assert(t, code == 0 || code == 1, "golangci-lint --fix failed (exit %d):\n%s", code, out)

		// releaseorder's fix inserts the missing s.support.Release() before the early return.
		leaky := readFile(t, filepath.Join(dir, "leaky.go"))
		assert(t, strings.Contains(leaky, "\t\t_ = s.cache.Flush()\n\t\ts.support.Release()\n\t\treturn 0\n"),
			"--fix must release the support object before the early return:\n%s", leaky)
		// abortflag's fix inserts the guarded LOGOFF_ABORT call before the release.
		forgetful := readFile(t, filepath.Join(dir, "forgetful.go"))
		assert(t, strings.Contains(forgetful, "func (s *ForgetfulStore) Release() uint32 {\n"+
			"\tif !s.loggedOff {\n\t\tflags := uint32(LOGOFF_ABORT)\n\t\ts.support.StoreLogoffTransports(&flags)\n\t}\n"+
			"\ts.support.Release()\n"),
			"--fix must insert the guarded abort call:\n%s", forgetful)
		// Nothing else changed.
		for _, name := range []string{"noop.go", "quiet.go", "journaled.go", "support.go"} {
			assert(t, readFile(t, filepath.Join(dir, name)) == readFile(t, filepath.Join(gclmod(t), name)), "--fix changed %s", name)
		}

		out, code = run(t, dir, env, "go", "build", "./...")
		assertExit(t, 0, code, out)
		out, code = run(t, dir, env, bin, "run", "./...")
		assertExit(t, 1, code, out)
		assertDiags(t, []diag{{"noop.go", 9, 21, "storelogoff: " + msgSL1}}, textDiags(out, false))
	})

	// VS Code's Go extension with "go.lintTool": "golangci-lint-v2" runs
	// the tool named by go.alternateTools in the directory of the file, with
	// the flags extension/src/goLint.ts appends, and parses the text output
	// with the regexp of runTool in extension/src/util.ts.
	t.Run("vscode", func(t *testing.T) {
		var settings struct {
			LintTool       string            `json:"go.lintTool"`
			LintFlags      []string          `json:"go.lintFlags"`
			AlternateTools map[string]string `json:"go.alternateTools"`
		}
		decodeJSON(t, []byte(readFile(t, editorSnippet(t, "vscode-settings.json"))), &settings)
		assert(t, settings.LintTool == "golangci-lint-v2", "go.lintTool = %q", settings.LintTool)
		tool := settings.AlternateTools["golangci-lint-v2"]
		assert(t, tool != "", "go.alternateTools names no golangci-lint-v2")

		workspace := copyModule(t, gclmod(t))
		installAs(t, bin, filepath.Join(workspace, "bin", binName))
		tool = strings.ReplaceAll(tool, "${workspaceFolder}", workspace)

		// goLint.ts, golangci-lint v2, package scope.
		args := []string{"run"}
		args = append(args, settings.LintFlags...)
		args = append(args, "--issues-exit-code=0", "--output.text.print-issued-lines=false",
			"--show-stats=false", "--output.text.path=stdout", "--path-mode=abs")
		out, code := run(t, workspace, env, tool, args...)
		assertExit(t, 0, code, out)

		lineRE := regexp.MustCompile(`^([^:]*: )?((.:)?[^:]*):(\d+)(:(\d+)?)?:(?:\w+:)? (.*)$`)
		var got []diag
		for l := range strings.Lines(out) {
			m := lineRE.FindStringSubmatch(strings.TrimRight(l, "\n"))
			if m == nil {
				continue
			}
			assert(t, filepath.IsAbs(m[2]) && filepath.Dir(m[2]) == workspace, "VS Code needs absolute paths: %q", m[2])
			var d diag
			d.file = filepath.Base(m[2])
			fmt.Sscan(m[4], &d.line)
			fmt.Sscan(m[6], &d.col)
			d.text = strings.TrimSuffix(m[7], " (mapilint)")
			if !strings.Contains(d.text, "(related information)") {
				got = append(got, d)
			}
		}
		assertDiags(t, gclmodDiags, got)
	})

	// The GitHub Actions example: the step that builds the binary builds the
	// golangci-lint version .custom-gcl.yml names, and the step that runs it
	// prints the diagnostics and writes the SARIF file the upload step reads.
	t.Run("github actions", func(t *testing.T) {
		var wf struct {
			Jobs map[string]struct {
				Steps []struct {
					Name string            `yaml:"name"`
					Uses string            `yaml:"uses"`
					Run  string            `yaml:"run"`
					With map[string]string `yaml:"with"`
				} `yaml:"steps"`
			} `yaml:"jobs"`
		}
		if err := yaml.Unmarshal([]byte(readFile(t, filepath.Join("..", "testdata", "github-workflow.yml"))), &wf); err != nil {
			t.Fatal(err)
		}
		var build, lint, sarif string
		for _, job := range wf.Jobs {
			for _, st := range job.Steps {
				switch {
				case strings.Contains(st.Run, "golangci-lint@") && strings.HasSuffix(st.Run, " custom"):
					build = st.Run
				case strings.HasPrefix(st.Run, "./bin/"+binName+" "):
					lint = st.Run
				case strings.HasPrefix(st.Uses, "github/codeql-action/upload-sarif@"):
					sarif = st.With["sarif_file"]
				}
			}
		}
		assert(t, strings.Contains(build, "@"+customGcl(t).Version+" "), "the workflow builds with %q, .custom-gcl.yml names golangci-lint %s", build, customGcl(t).Version)
		if lint == "" || sarif == "" {
			t.Fatalf("workflow lacks the run step (%q) or the SARIF upload (%q)", lint, sarif)
		}

		dir := copyModule(t, gclmod(t))
		installAs(t, bin, filepath.Join(dir, "bin", binName))
		args := strings.Fields(lint)
		out, code := run(t, dir, env, filepath.Join(dir, filepath.FromSlash(args[0])), args[1:]...)
		assertExit(t, 1, code, out)
		assertDiags(t, gclmodDiags, textDiags(out, false))

		var log struct {
			Version string `json:"version"`
			Runs    []struct {
				Results []struct {
					RuleID  string `json:"ruleId"`
					Message struct {
						Text string `json:"text"`
					} `json:"message"`
					Locations []struct {
						PhysicalLocation struct {
							ArtifactLocation struct {
								URI string `json:"uri"`
							} `json:"artifactLocation"`
							Region struct {
								StartLine   int `json:"startLine"`
								StartColumn int `json:"startColumn"`
							} `json:"region"`
						} `json:"physicalLocation"`
					} `json:"locations"`
				} `json:"results"`
			} `json:"runs"`
		}
		decodeJSON(t, []byte(readFile(t, filepath.Join(dir, sarif))), &log)
		assert(t, log.Version == "2.1.0" && len(log.Runs) == 1, "SARIF version %q, %d runs", log.Version, len(log.Runs))
		var got []diag
		for _, r := range log.Runs[0].Results {
			if strings.Contains(r.Message.Text, "(related information)") {
				continue
			}
			assert(t, r.RuleID == "mapilint" && len(r.Locations) == 1, "result %+v", r)
			loc := r.Locations[0].PhysicalLocation
			got = append(got, diag{loc.ArtifactLocation.URI, loc.Region.StartLine, loc.Region.StartColumn, r.Message.Text})
		}
		assertDiags(t, gclmodDiags, got)
	})

	// golangci-lint-langserver runs initializationOptions.command plus the
	// directory of the file (filepath.Split, so with a trailing separator)
	// in the workspace root, reads stdout only, decodes it as golangci-lint
	// JSON and keeps the issues whose Pos.Filename is the file's path
	// relative to the root (handler.go's lint).
	for _, snippet := range []string{"neovim.lua", "helix-languages.toml", "emacs-lsp-mode.el"} {
		t.Run("langserver "+snippet, func(t *testing.T) {
			command := commandIn(t, readFile(t, editorSnippet(t, snippet)))
			assert(t, len(command) > 1 && command[0] == binName, "%s: command %q does not run %s", snippet, command, binName)

			root := copyModule(t, gclmod(t))
			binDir := t.TempDir()
			installAs(t, bin, filepath.Join(binDir, binName))
			lsEnv := append(slices.Clone(env), "PATH="+binDir+string(os.PathListSeparator)+os.Getenv("PATH"))

			for _, want := range gclmodDiags {
				path := filepath.Join(root, want.file)
				dir, file := filepath.Split(path)
				args := append(slices.Clone(command[1:]), dir)
				exe := lookPath(t, command[0], lsEnv)
				cmd := exec.Command(exe, args...)
				cmd.Dir = root
				cmd.Env = lsEnv
				var stderr bytes.Buffer
				cmd.Stderr = &stderr
				stdout, err := cmd.Output()
				assert(t, err != nil && len(stdout) > 0,
					"the langserver publishes diagnostics only when the command fails with output on stdout: err=%v\nstdout:\n%s\nstderr:\n%s", err, stdout, stderr.String())

				var result struct {
					Issues []struct {
						FromLinter string
						Text       string
						Severity   string
						Pos        struct {
							Filename     string
							Line, Column int
						}
					}
				}
				decodeJSON(t, stdout, &result)
				rel, _ := filepath.Rel(root, path)
				assert(t, rel == file, "file %q not at the root", file)
				var got []diag
				for _, is := range result.Issues {
					if is.Pos.Filename != rel || strings.Contains(is.Text, "(related information)") {
						continue
					}
					assert(t, is.FromLinter == "mapilint", "issue from %q", is.FromLinter)
					got = append(got, diag{file, is.Pos.Line, is.Pos.Column, is.Text})
				}
				assertDiags(t, []diag{want}, got)
			}
		})
	}
}

// TestCustomGclConfig checks .custom-gcl.yml, the configuration "golangci-lint
// custom" builds from, against what this module builds: the same
// golangci-lint version, the same plugin import, and the binary name and
// place the editor snippets use.
func TestCustomGclConfig(t *testing.T) {
	cfg := customGcl(t)

	// The golangci-lint this module builds, as go.mod requires it.
	m := regexp.MustCompile(`(?m)^\s*github\.com/golangci/golangci-lint/v2 (v\S+)`).FindStringSubmatch(readFile(t, filepath.Join("..", "go.mod")))
	if m == nil {
		t.Fatal("go.mod does not require github.com/golangci/golangci-lint/v2")
	}
	gclVersion := m[1]
	assert(t, cfg.Version == gclVersion, ".custom-gcl.yml builds golangci-lint %s, this module %s", cfg.Version, gclVersion)
	assert(t, cfg.Name == binName, ".custom-gcl.yml names the binary %q, the editor snippets call %q", cfg.Name, binName)
	assert(t, cfg.Destination == "./bin", "destination %q: the VS Code snippet expects ${workspaceFolder}/bin", cfg.Destination)
	if len(cfg.Plugins) != 1 {
		t.Fatalf(".custom-gcl.yml has %d plugins, want 1", len(cfg.Plugins))
	}
	p := cfg.Plugins[0]
	assert(t, p.Module == "github.com/mapilint/mapilint", "plugin module %q", p.Module)
	assert(t, p.Version != "" && p.Path == "", "plugin needs a version and no path")
	main := readFile(t, filepath.Join("..", "main.go"))
	assert(t, strings.Contains(main, "\t_ \""+p.Import+"\"\n"), "main.go does not blank-import %s, the plugin .custom-gcl.yml builds", p.Import)
}

// TestReadmeSnippets checks that each README code block marked
// <!-- snippet: PATH --> (PATH relative to the repository root) is PATH's
// content, byte for byte: the README shows what the tests run.
// MAPILINT_README checks another file instead (a README draft).
func TestReadmeSnippets(t *testing.T) {
	readme := os.Getenv("MAPILINT_README")
	if readme == "" {
		readme = filepath.Join("..", "..", "..", "README.md")
	}
	text := readFile(t, readme)
	re := regexp.MustCompile("(?m)^<!-- snippet: (\\S+) -->\n```[a-z]*\n((?s:.*?))```\n")
	matches := re.FindAllStringSubmatch(text, -1)
	if len(matches) == 0 {
		t.Skipf("%s marks no snippets", readme)
	}
	seen := map[string]bool{}
	for _, m := range matches {
		path, block := m[1], m[2]
		seen[path] = true
		want := readFile(t, filepath.Join("..", "..", "..", filepath.FromSlash(path)))
		assert(t, block == want, "%s: the snippet of %s differs from the file:\n--- README\n%s--- file\n%s", readme, path, block, want)
	}
	for _, path := range []string{
		"integration/golangci/.custom-gcl.yml",
		"testdata/e2e/gclmod/.golangci.yml",
		"integration/golangci/testdata/editors/vscode-settings.json",
		"integration/golangci/testdata/editors/neovim.lua",
		"integration/golangci/testdata/editors/helix-languages.toml",
		"integration/golangci/testdata/editors/emacs-lsp-mode.el",
		"integration/golangci/testdata/github-workflow.yml",
		"integration/bazel/testdata/MODULE.bazel",
		"integration/bazel/testdata/BUILD.bazel",
		"integration/bazel/testdata/nogo_config.json",
	} {
		assert(t, seen[path], "%s shows no snippet of %s", readme, path)
	}
}

// customGclConfig is .custom-gcl.yml, as "golangci-lint custom" reads it.
type customGclConfig struct {
	Version     string `yaml:"version"`
	Name        string `yaml:"name"`
	Destination string `yaml:"destination"`
	Plugins     []struct {
		Module  string `yaml:"module"`
		Import  string `yaml:"import"`
		Version string `yaml:"version"`
		Path    string `yaml:"path"`
	} `yaml:"plugins"`
}

// customGcl reads ../.custom-gcl.yml strictly.
func customGcl(t *testing.T) customGclConfig {
	t.Helper()
	var cfg customGclConfig
	dec := yaml.NewDecoder(strings.NewReader(readFile(t, filepath.Join("..", ".custom-gcl.yml"))))
	dec.KnownFields(true)
	if err := dec.Decode(&cfg); err != nil {
		t.Fatalf(".custom-gcl.yml: %v", err)
	}
	return cfg
}

// commandIn returns the golangci-lint command of an editor snippet: the
// list literal (Lua table, TOML array, Lisp vector) whose first string
// names the custom binary.
func commandIn(t *testing.T, text string) []string {
	t.Helper()
	lists := regexp.MustCompile(`[\[{]\s*["']`+regexp.QuoteMeta(binName)+`["'][^\]}]*[\]}]`).FindAllString(text, -1)
	if len(lists) != 1 {
		t.Fatalf("want one command list naming %s, found %d in:\n%s", binName, len(lists), text)
	}
	var command []string
	for _, m := range regexp.MustCompile(`"([^"]*)"|'([^']*)'`).FindAllStringSubmatch(lists[0], -1) {
		command = append(command, m[1]+m[2])
	}
	return command
}

var (
	buildOnce sync.Once
	builtBin  string
	buildErr  error
)

// golangciBinary returns the golangci-lint binary with the plugin: the one
// run.sh built, or one built now.
func golangciBinary(t *testing.T) string {
	t.Helper()
	if bin := os.Getenv("MAPILINT_GOLANGCI_BIN"); bin != "" {
		return bin
	}
	if testing.Short() {
		t.Skip("building golangci-lint takes minutes; skipped in -short mode (run.sh builds it once)")
	}
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "mapilint-gcl")
		if err != nil {
			buildErr = err
			return
		}
		builtBin = filepath.Join(dir, binName)
		out, err := exec.Command("go", "build", "-o", builtBin, "..").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return builtBin
}

// testEnv is the environment golangci-lint and go run in: modules stand
// alone, no toolchain download, and golangci-lint's cache is private to the
// test so results never come from another run.
func testEnv(t *testing.T) []string {
	return append(os.Environ(),
		"GOWORK=off",
		"GOTOOLCHAIN=local",
		"GOLANGCI_LINT_CACHE="+t.TempDir(),
	)
}

// gclmod returns the absolute path of testdata/e2e/gclmod.
func gclmod(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "..", "testdata", "e2e", "gclmod"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// editorSnippet returns the path of an editor configuration snippet.
func editorSnippet(t *testing.T, name string) string {
	t.Helper()
	return filepath.Join("..", "testdata", "editors", name)
}

// copyModule copies the module in src into a new temporary directory.
func copyModule(t *testing.T, src string) string {
	t.Helper()
	dst := t.TempDir()
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

// installAs puts the binary bin at path: a symbolic link, or a copy where
// links are not allowed.
func installAs(t *testing.T, bin, path string) {
	t.Helper()
	abs, err := filepath.Abs(bin)
	if err == nil {
		err = os.MkdirAll(filepath.Dir(path), 0o755)
	}
	if err != nil {
		t.Fatal(err)
	}
	if os.Symlink(abs, path) == nil {
		return
	}
	data, err := os.ReadFile(abs)
	if err == nil {
		err = os.WriteFile(path, data, 0o755)
	}
	if err != nil {
		t.Fatal(err)
	}
}

// lookPath finds name on the PATH of env.
func lookPath(t *testing.T, name string, env []string) string {
	t.Helper()
	var path string
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, "PATH="); ok {
			path = v // the last one wins, as exec does
		}
	}
	for _, dir := range filepath.SplitList(path) {
		p := filepath.Join(dir, name)
		if runtime.GOOS == "windows" {
			p += ".exe"
		}
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() && fi.Mode()&0o111 != 0 {
			return p
		}
	}
	t.Fatalf("%s not on PATH %s", name, path)
	return ""
}

// run runs name with args in dir and returns its combined output and exit
// status; it fails the test only if the command could not start.
func run(t *testing.T, dir string, env []string, name string, args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = env
	var buf bytes.Buffer
	cmd.Stdout = &buf
	cmd.Stderr = &buf
	err := cmd.Run()
	var exitErr *exec.ExitError
	switch {
	case err == nil:
		return buf.String(), 0
	case errors.As(err, &exitErr):
		return buf.String(), exitErr.ExitCode()
	}
	t.Fatalf("%s %s: %v", name, strings.Join(args, " "), err)
	return "", -1
}

// textDiags parses golangci-lint's text output ("file:line:col: text
// (mapilint)"), leaving out related information.
func textDiags(out string, related bool) []diag {
	re := regexp.MustCompile(`^(\S+\.go):(\d+):(\d+): (.*) \(mapilint\)$`)
	var ds []diag
	for l := range strings.Lines(out) {
		m := re.FindStringSubmatch(strings.TrimRight(l, "\n"))
		if m == nil || (!related && strings.Contains(m[4], "(related information)")) {
			continue
		}
		var d diag
		d.file = filepath.Base(m[1])
		fmt.Sscan(m[2], &d.line)
		fmt.Sscan(m[3], &d.col)
		d.text = m[4]
		ds = append(ds, d)
	}
	return ds
}

// assertDiags checks that got holds exactly the diagnostics of want.
func assertDiags(t *testing.T, want, got []diag) {
	t.Helper()
	key := func(ds []diag) []string {
		var s []string
		for _, d := range ds {
			s = append(s, d.String())
		}
		slices.Sort(s)
		return s
	}
	w, g := key(want), key(got)
	if !slices.Equal(w, g) {
		t.Errorf("diagnostics differ\nwant:\n  %s\ngot:\n  %s", strings.Join(w, "\n  "), strings.Join(g, "\n  "))
	}
}

func assertExit(t *testing.T, want, got int, out string) {
	t.Helper()
	if want != got {
		t.Fatalf("exit status %d, want %d; output:\n%s", got, want, out)
	}
}

func assert(t *testing.T, ok bool, format string, args ...any) {
	t.Helper()
	if !ok {
		t.Errorf(format, args...)
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func replaceInFile(t *testing.T, path, old, new string) {
	t.Helper()
	text := readFile(t, path)
	if !strings.Contains(text, old) {
		t.Fatalf("%s does not contain %q", path, old)
	}
	if err := os.WriteFile(path, []byte(strings.Replace(text, old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
}

func readYAML(t *testing.T, path string) map[string]any {
	t.Helper()
	var v map[string]any
	if err := yaml.Unmarshal([]byte(readFile(t, path)), &v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return v
}

func writeYAML(t *testing.T, path string, v any) {
	t.Helper()
	data, err := yaml.Marshal(v)
	if err == nil {
		err = os.WriteFile(path, data, 0o644)
	}
	if err != nil {
		t.Fatal(err)
	}
}

func decodeJSON(t *testing.T, data []byte, v any) {
	t.Helper()
	if err := json.Unmarshal(data, v); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, data)
	}
}
