package sarif_test

// These tests run "mapilint sarif" in process on a copy of the end-to-end
// module testdata/e2e/vetmod, check the log's rules, results, related
// locations and fixes, and validate it against the OASIS SARIF 2.1.0 JSON
// schema. The schema is the one github.com/owenrumney/go-sarif/v3 ships
// (pkg/report/v210/sarif/schema.go, a Go string constant), read from that
// module's directory in the module cache.

import (
	"bytes"
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/tools/go/analysis"

	"github.com/mapilint/mapilint/internal/sarif"
	"github.com/mapilint/mapilint/passes/abortflag"
	"github.com/mapilint/mapilint/passes/releaseorder"
	"github.com/mapilint/mapilint/passes/storelogoff"
)

var analyzers = []*analysis.Analyzer{storelogoff.Analyzer, releaseorder.Analyzer, abortflag.Analyzer}

// The parts of a SARIF log the tests look at.
type (
	log struct {
		Schema  string `json:"$schema"`
		Version string `json:"version"`
		Runs    []run  `json:"runs"`
	}
	run struct {
		Tool struct {
			Driver struct {
				Name  string `json:"name"`
				Rules []rule `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		ColumnKind         string                 `json:"columnKind"`
		OriginalURIBaseIDs map[string]artifactLoc `json:"originalUriBaseIds"`
		Results            []result               `json:"results"`
		Invocations        []struct {
			ExecutionSuccessful bool `json:"executionSuccessful"`
			Notifications       []struct {
				Level   string  `json:"level"`
				Message message `json:"message"`
			} `json:"toolExecutionNotifications"`
		} `json:"invocations"`
	}
	rule struct {
		ID               string  `json:"id"`
		ShortDescription message `json:"shortDescription"`
		FullDescription  message `json:"fullDescription"`
		Help             message `json:"help"`
		HelpURI          string  `json:"helpUri"`
	}
	message struct {
		Text string `json:"text"`
	}
	result struct {
		RuleID           string     `json:"ruleId"`
		RuleIndex        int        `json:"ruleIndex"`
		Level            string     `json:"level"`
		Message          message    `json:"message"`
		Locations        []location `json:"locations"`
		RelatedLocations []location `json:"relatedLocations"`
		Fixes            []struct {
			Description     message `json:"description"`
			ArtifactChanges []struct {
				ArtifactLocation artifactLoc `json:"artifactLocation"`
				Replacements     []struct {
					DeletedRegion   region `json:"deletedRegion"`
					InsertedContent *struct {
						Text string `json:"text"`
					} `json:"insertedContent"`
				} `json:"replacements"`
			} `json:"artifactChanges"`
		} `json:"fixes"`
	}
	location struct {
		ID               int     `json:"id"`
		Message          message `json:"message"`
		PhysicalLocation struct {
			ArtifactLocation artifactLoc `json:"artifactLocation"`
			Region           region      `json:"region"`
		} `json:"physicalLocation"`
	}
	artifactLoc struct {
		URI       string `json:"uri"`
		URIBaseID string `json:"uriBaseId"`
	}
	region struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn"`
		EndLine     int `json:"endLine"`
		EndColumn   int `json:"endColumn"`
	}
)

// at is a place: file URI, line, column (start = end for mapilint).
type at struct {
	uri       string
	line, col int
}

func (l location) at() at {
	p := l.PhysicalLocation
	return at{p.ArtifactLocation.URI, p.Region.StartLine, p.Region.StartColumn}
}

// want describes an expected result.
type want struct {
	rule    string
	msg     string
	at      at
	related []related
	fix     *fix
}

type related struct {
	msg string
	at  at
}

type fix struct {
	desc, uri string
	line, col int
	text      string // part of the inserted text
}

// vetmodResults are the results expected on testdata/e2e/vetmod, in the
// log's order (file, line, column).
var vetmodResults = []want{
	{
		rule: "abortflag",
		msg:  "Release does not call s.support.StoreLogoffTransports(LOGOFF_ABORT) on a final path where StoreLogoff has not called it",
		at:   at{"af1.go", 19, 26},
		related: []related{
			{"this return is such a path", at{"af1.go", 21, 2}},
		},
		fix: &fix{"call StoreLogoffTransports with LOGOFF_ABORT when StoreLogoff has not", "af1.go", 20, 2,
			"s.support.StoreLogoffTransports(&flags)"},
	},
	{
		rule: "releaseorder",
		msg:  "Release returns here without releasing the support object s.support",
		at:   at{"ro2.go", 34, 3},
		related: []related{
			{"the support object is released here on other paths", at{"ro2.go", 36, 19}},
		},
		fix: &fix{"release the support object before returning", "ro2.go", 34, 3, "s.support.Release()\n"},
	},
	{
		rule: "storelogoff",
		msg:  "StoreLogoff never calls StoreLogoffTransports and does not save its flags for Release",
		at:   at{"sl1.go", 9, 21},
	},
}

func TestSARIF(t *testing.T) {
	validate := schemaValidator(t)
	dir := vetmodCopy(t)

	out, stderr, code := runSARIF(t, dir, "./...")
	require.Equal(t, 0, code, "stderr:\n%s", stderr)
	assert.Empty(t, stderr)
	validate(t, out)
	lg := decode(t, out)

	assert.Equal(t, sarif.SchemaURI, lg.Schema)
	assert.Equal(t, "2.1.0", lg.Version)
	require.Len(t, lg.Runs, 1)
	r := lg.Runs[0]
	assert.Equal(t, "mapilint", r.Tool.Driver.Name)
	assert.Equal(t, "utf16CodeUnits", r.ColumnKind)
	root, err := filepath.EvalSymlinks(dir)
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(r.OriginalURIBaseIDs[sarif.SrcRoot].URI, "file:///"), "%SRCROOT% is a file URI")
	assert.True(t, strings.HasSuffix(r.OriginalURIBaseIDs[sarif.SrcRoot].URI, filepath.ToSlash(root)+"/") ||
		strings.HasSuffix(r.OriginalURIBaseIDs[sarif.SrcRoot].URI, filepath.ToSlash(dir)+"/"),
		"%%SRCROOT%% is the directory it ran in: %s", r.OriginalURIBaseIDs[sarif.SrcRoot].URI)
	require.Len(t, r.Invocations, 1)
	assert.True(t, r.Invocations[0].ExecutionSuccessful)
	assert.Empty(t, r.Invocations[0].Notifications)

	// One rule per pass, with the pass's documentation.
	require.Len(t, r.Tool.Driver.Rules, len(analyzers))
	for i, a := range analyzers {
		rl := r.Tool.Driver.Rules[i]
		summary, _, _ := strings.Cut(a.Doc, "\n")
		assert.Equal(t, a.Name, rl.ID)
		assert.Equal(t, summary, rl.ShortDescription.Text)
		assert.Equal(t, a.Doc, rl.FullDescription.Text)
		assert.Equal(t, a.Doc, rl.Help.Text)
		assert.Equal(t, a.URL, rl.HelpURI)
		assert.NotEmpty(t, rl.HelpURI)
	}

	checkResults(t, r, vetmodResults)
}

// checkResults checks that r has exactly the results in want.
func checkResults(t *testing.T, r run, want []want) {
	t.Helper()
	require.Len(t, r.Results, len(want), "results: %+v", r.Results)
	for i, w := range want {
		res := r.Results[i]
		assert.Equal(t, w.rule, res.RuleID)
		require.GreaterOrEqual(t, res.RuleIndex, 0)
		assert.Equal(t, w.rule, r.Tool.Driver.Rules[res.RuleIndex].ID, "ruleIndex of %s", w.rule)
		assert.Equal(t, "warning", res.Level)
		assert.Equal(t, w.msg, res.Message.Text)
		require.Len(t, res.Locations, 1)
		loc := res.Locations[0]
		assert.Equal(t, w.at, loc.at())
		assert.Equal(t, sarif.SrcRoot, loc.PhysicalLocation.ArtifactLocation.URIBaseID)
		reg := loc.PhysicalLocation.Region
		assert.Equal(t, [2]int{reg.StartLine, reg.StartColumn}, [2]int{reg.EndLine, reg.EndColumn},
			"mapilint diagnostics have no end: the region ends where it starts")

		require.Len(t, res.RelatedLocations, len(w.related), "related locations of %s", w.rule)
		for j, rel := range w.related {
			got := res.RelatedLocations[j]
			assert.Equal(t, rel.msg, got.Message.Text)
			assert.Equal(t, rel.at, got.at())
			assert.Equal(t, sarif.SrcRoot, got.PhysicalLocation.ArtifactLocation.URIBaseID)
			assert.Positive(t, got.ID)
		}

		if w.fix == nil {
			assert.Empty(t, res.Fixes, "fixes of %s", w.rule)
			continue
		}
		require.Len(t, res.Fixes, 1, "fixes of %s", w.rule)
		f := res.Fixes[0]
		assert.Equal(t, w.fix.desc, f.Description.Text)
		require.Len(t, f.ArtifactChanges, 1)
		ch := f.ArtifactChanges[0]
		assert.Equal(t, artifactLoc{w.fix.uri, sarif.SrcRoot}, ch.ArtifactLocation)
		require.Len(t, ch.Replacements, 1)
		rep := ch.Replacements[0]
		assert.Equal(t, region{w.fix.line, w.fix.col, w.fix.line, w.fix.col}, rep.DeletedRegion, "an insertion deletes nothing")
		require.NotNil(t, rep.InsertedContent)
		// The fix's exact text is the passes' business (their golden
		// tests); TestSARIFFixes applies it.
		assert.Contains(t, rep.InsertedContent.Text, w.fix.text)
	}
}

// TestSARIFFixes applies the log's fixes, as a SARIF consumer would, and
// checks that the fixed module builds and that only the result without a
// fix is left.
func TestSARIFFixes(t *testing.T) {
	dir := vetmodCopy(t)
	out, stderr, code := runSARIF(t, dir, "./...")
	require.Equal(t, 0, code, "stderr:\n%s", stderr)
	r := decode(t, out).Runs[0]

	edits := map[string][]edit{} // by file
	for _, res := range r.Results {
		for _, f := range res.Fixes {
			for _, ch := range f.ArtifactChanges {
				for _, rep := range ch.Replacements {
					e := edit{rep.DeletedRegion, ""}
					if rep.InsertedContent != nil {
						e.text = rep.InsertedContent.Text
					}
					edits[ch.ArtifactLocation.URI] = append(edits[ch.ArtifactLocation.URI], e)
				}
			}
		}
	}
	require.Len(t, edits, 2)
	for uri, es := range edits {
		path := filepath.Join(dir, filepath.FromSlash(uri))
		data, err := os.ReadFile(path)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(path, []byte(apply(t, string(data), es)), 0o644))
	}

	cmd := exec.Command("go", "build", "./...")
	cmd.Dir = dir
	msg, err := cmd.CombinedOutput()
	require.NoError(t, err, "the fixed module does not build:\n%s", msg)

	out, stderr, code = runSARIF(t, dir, "./...")
	require.Equal(t, 0, code, "stderr:\n%s", stderr)
	checkResults(t, decode(t, out).Runs[0], vetmodResults[2:])
}

type edit struct {
	r    region
	text string
}

// apply applies edits, whose regions count columns in UTF-16 code units,
// to src.
func apply(t *testing.T, src string, edits []edit) string {
	t.Helper()
	lines := strings.SplitAfter(src, "\n")
	offset := func(line, col int) int {
		require.LessOrEqual(t, line, len(lines))
		off := 0
		for _, l := range lines[:line-1] {
			off += len(l)
		}
		units := 0
		for i, c := range lines[line-1] {
			if units >= col-1 {
				return off + i
			}
			units += len(utf16.Encode([]rune{c}))
		}
		return off + len(lines[line-1])
	}
	slices.SortFunc(edits, func(a, b edit) int { // last first
		return offset(b.r.StartLine, b.r.StartColumn) - offset(a.r.StartLine, a.r.StartColumn)
	})
	for _, e := range edits {
		start, end := offset(e.r.StartLine, e.r.StartColumn), offset(e.r.EndLine, e.r.EndColumn)
		src = src[:start] + e.text + src[end:]
	}
	return src
}

// TestSARIFTypeErrors: a package that does not type-check is printed and
// noted in the log, the others are still analysed, and the exit status
// stays 0.
func TestSARIFTypeErrors(t *testing.T) {
	validate := schemaValidator(t)
	dir := vetmodCopy(t)
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "broken"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "broken", "broken.go"),
		[]byte("package broken\n\nfunc f() int { return \"x\" }\n"), 0o644))

	out, stderr, code := runSARIF(t, dir, "./...")
	assert.Equal(t, 0, code, "stderr:\n%s", stderr)
	assert.Regexp(t, `broken\.go:3:23: cannot use "x" \(untyped string constant\) as int value in return statement`, stderr)
	validate(t, out)
	r := decode(t, out).Runs[0]
	checkResults(t, r, vetmodResults)
	require.Len(t, r.Invocations, 1)
	assert.True(t, r.Invocations[0].ExecutionSuccessful)
	require.Len(t, r.Invocations[0].Notifications, 1)
	assert.Equal(t, "warning", r.Invocations[0].Notifications[0].Level)
	assert.Contains(t, r.Invocations[0].Notifications[0].Message.Text, "cannot use \"x\"")
}

// TestSARIFLoadErrors: a package that cannot be loaded makes the exit
// status 1; the log still has the other packages' results.
func TestSARIFLoadErrors(t *testing.T) {
	validate := schemaValidator(t)
	dir := vetmodCopy(t)
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "missing"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "missing", "missing.go"),
		[]byte("package missing\n\nimport _ \"example.com/vetmod/nosuch\"\n"), 0o644))

	out, stderr, code := runSARIF(t, dir, "./...")
	assert.Equal(t, 1, code, "stderr:\n%s", stderr)
	assert.Contains(t, stderr, "nosuch")
	validate(t, out)
	r := decode(t, out).Runs[0]
	checkResults(t, r, vetmodResults)
	assert.False(t, r.Invocations[0].ExecutionSuccessful)
	require.NotEmpty(t, r.Invocations[0].Notifications)
	assert.Equal(t, "error", r.Invocations[0].Notifications[0].Level)

	// A directory that does not exist: an error, and a log without results.
	out, stderr, code = runSARIF(t, dir, "./nosuchdir")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "nosuchdir")
	validate(t, out)
	r = decode(t, out).Runs[0]
	assert.Empty(t, r.Results)
	assert.False(t, r.Invocations[0].ExecutionSuccessful)

	// Patterns that match no package: no log at all.
	require.NoError(t, os.Mkdir(filepath.Join(dir, "empty"), 0o755))
	out, stderr, code = runSARIF(t, dir, "./empty/...")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "matched no packages")
	assert.Empty(t, out)

	_, stderr, code = runSARIF(t, dir, "-nosuchflag", "./...")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "Usage: mapilint sarif")
}

// TestSARIFTests: test files are analysed only with -test, and a file
// analysed in a package and its test variant is reported once.
func TestSARIFTests(t *testing.T) {
	dir := vetmodCopy(t)
	src, err := os.ReadFile(filepath.Join(dir, "sl1.go"))
	require.NoError(t, err)
	test := strings.ReplaceAll(string(src), "NoopStore", "TestOnlyStore")
	require.NoError(t, os.WriteFile(filepath.Join(dir, "sl1_test.go"), []byte(test), 0o644))

	out, stderr, code := runSARIF(t, dir, "./...")
	require.Equal(t, 0, code, "stderr:\n%s", stderr)
	checkResults(t, decode(t, out).Runs[0], vetmodResults)

	out, stderr, code = runSARIF(t, dir, "-test", "./...")
	require.Equal(t, 0, code, "stderr:\n%s", stderr)
	withTest := slices.Clone(vetmodResults)
	withTest = append(withTest, want{rule: "storelogoff", msg: vetmodResults[2].msg, at: at{"sl1_test.go", 9, 25}})
	checkResults(t, decode(t, out).Runs[0], withTest)
}

// TestSchemaValidatorRejects makes sure the validator does validate.
func TestSchemaValidatorRejects(t *testing.T) {
	sch := compileSchema(t)
	for name, doc := range map[string]string{
		"no version":  `{"runs": []}`,
		"bad level":   `{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"message": {"text": "m"}, "level": "severe"}]}]}`,
		"column zero": `{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"message": {"text": "m"}, "locations": [{"physicalLocation": {"region": {"startLine": 1, "startColumn": 0}}}]}]}]}`,
	} {
		inst, err := jsonschema.UnmarshalJSON(strings.NewReader(doc))
		require.NoError(t, err)
		assert.Error(t, sch.Validate(inst), name)
	}
}

// runSARIF runs "mapilint sarif args..." in dir and returns its standard
// output, its standard error and its exit status.
func runSARIF(t *testing.T, dir string, args ...string) (string, string, int) {
	t.Helper()
	t.Chdir(dir)
	var stdout, stderr bytes.Buffer
	code := sarif.Main(analyzers, args, &stdout, &stderr)
	return stdout.String(), stderr.String(), code
}

func decode(t *testing.T, out string) log {
	t.Helper()
	var lg log
	require.NoError(t, json.Unmarshal([]byte(out), &lg), "output:\n%s", out)
	return lg
}

// vetmodCopy copies testdata/e2e/vetmod to a temporary directory and sets
// the environment its go commands need.
func vetmodCopy(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("loads packages with the go command; skipped in -short mode")
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Skipf("go command not found: %v", err)
	}
	t.Setenv("GOWORK", "off")
	t.Setenv("GOTOOLCHAIN", "local")
	t.Setenv("GO111MODULE", "on")
	src, err := filepath.Abs(filepath.Join("..", "..", "testdata", "e2e", "vetmod"))
	require.NoError(t, err)
	dst := t.TempDir()
	require.NoError(t, os.CopyFS(dst, os.DirFS(src)))
	require.NoError(t, filepath.WalkDir(dst, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			err = os.Chmod(path, 0o644) // CopyFS keeps the read-only modes of a clone
		}
		return err
	}))
	return dst
}

// schemaValidator returns a function that validates a log against the
// SARIF 2.1.0 schema.
func schemaValidator(t *testing.T) func(*testing.T, string) {
	sch := compileSchema(t)
	return func(t *testing.T, out string) {
		t.Helper()
		inst, err := jsonschema.UnmarshalJSON(strings.NewReader(out))
		require.NoError(t, err)
		require.NoError(t, sch.Validate(inst), "the log is not valid SARIF 2.1.0")
	}
}

// compileSchema compiles the SARIF 2.1.0 schema that go-sarif v3 ships.
func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	text := sarifSchema(t)
	doc, err := jsonschema.UnmarshalJSON(strings.NewReader(text))
	require.NoError(t, err)
	const id = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	require.Equal(t, id, doc.(map[string]any)["id"], "go-sarif's schema is the OASIS SARIF 2.1.0 schema (errata 01)")
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	require.NoError(t, c.AddResource(id, doc))
	sch, err := c.Compile(id)
	require.NoError(t, err)
	return sch
}

// sarifSchema reads the schema constant of go-sarif v3's v210 package
// from the module cache.
func sarifSchema(t *testing.T) string {
	t.Helper()
	cmd := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/owenrumney/go-sarif/v3")
	out, err := cmd.Output()
	require.NoError(t, err, "go list -m github.com/owenrumney/go-sarif/v3")
	dir := strings.TrimSpace(string(out))
	require.NotEmpty(t, dir, "go-sarif v3 is not in the module cache")
	file := filepath.Join(dir, "pkg", "report", "v210", "sarif", "schema.go")
	f, err := parser.ParseFile(token.NewFileSet(), file, nil, 0)
	require.NoError(t, err)
	for _, decl := range f.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.CONST {
			continue
		}
		for _, spec := range gd.Specs {
			vs := spec.(*ast.ValueSpec)
			for i, name := range vs.Names {
				if name.Name != "schema" || i >= len(vs.Values) {
					continue
				}
				lit, ok := vs.Values[i].(*ast.BasicLit)
				require.True(t, ok, "schema is a string literal")
				text, err := strconv.Unquote(lit.Value)
				require.NoError(t, err)
				return text
			}
		}
	}
	t.Fatalf("no schema constant in %s", file)
	return ""
}

// TestSARIFColumns: columns count UTF-16 code units, not bytes.
func TestSARIFColumns(t *testing.T) {
	dir := vetmodCopy(t)
	path := filepath.Join(dir, "sl1.go")
	src, err := os.ReadFile(path)
	require.NoError(t, err)
	// ö is 2 bytes and 1 unit, 𝄞 is 4 bytes and 2 units.
	text := strings.ReplaceAll(string(src), "NoopStore", "NöopStore")
	text = strings.Replace(text, "func (s *NöopStore)", "func (s *NöopStore /* 𝄞 */)", 1)
	require.NoError(t, os.WriteFile(path, []byte(text), 0o644))
	line := strings.Split(text, "\n")[8]
	require.Equal(t, 32, strings.Index(line, "StoreLogoff"), "byte column 33")

	out, stderr, code := runSARIF(t, dir, "./...")
	require.Equal(t, 0, code, "stderr:\n%s", stderr)
	want := slices.Clone(vetmodResults)
	want[2].at = at{"sl1.go", 9, 30}
	checkResults(t, decode(t, out).Runs[0], want)
}

// TestWorkflowRunsTheTestedCommand checks that the GitHub workflow the
// README shows (a snippet of testdata/github-workflow.yml) runs the
// command TestSARIFCommand tests.
func TestWorkflowRunsTheTestedCommand(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "github-workflow.yml"))
	require.NoError(t, err)
	require.Contains(t, string(data), "run: mapilint sarif ./... > mapilint.sarif\n")
	require.Contains(t, string(data), "sarif_file: mapilint.sarif\n")
}
