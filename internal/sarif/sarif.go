// Package sarif is the "mapilint sarif" subcommand: it loads packages with
// go/packages, runs the mapilint analyzers on them with the go/analysis
// checker, and writes their diagnostics to standard output as one SARIF
// 2.1.0 log, the format GitHub code scanning uploads.
//
// The log has one run whose tool is mapilint, one rule per analyzer (its
// summary, its documentation and its URL), and one result per diagnostic
// with its start and end, its related locations and its suggested fixes.
// File locations are relative to the current directory (uriBaseId
// %SRCROOT%), so run it from the root of the repository; columns are
// counted in UTF-16 code units, as the run's columnKind says.
//
// It exits 0 when it wrote the log, results or not (code scanning's
// convention: the results are the signal, not the exit status), and 1 when
// packages could not be loaded or an analyzer failed. Package errors are
// printed to standard error; a package that does not type-check is not
// analysed, and does not by itself make the run fail.
package sarif

import (
	"cmp"
	"errors"
	"flag"
	"fmt"
	"go/token"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	sarif "github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

const (
	// SchemaURI is the $schema of the logs: the OASIS SARIF 2.1.0 schema
	// (errata 01), the one whose "id" it is.
	SchemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

	// SrcRoot is the uriBaseId of every file location: the directory
	// mapilint sarif ran in.
	SrcRoot = "%SRCROOT%"

	toolName = "mapilint"
	toolURI  = "https://github.com/mapilint/mapilint"
	level    = "warning"
)

// Main runs the subcommand with its arguments (those after "sarif"),
// writing the log to stdout and errors to stderr, and returns the exit
// status.
func Main(analyzers []*analysis.Analyzer, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("mapilint sarif", flag.ContinueOnError)
	fs.SetOutput(stderr)
	tests := fs.Bool("test", false, "analyze the packages' test files too")
	tags := fs.String("tags", "", "comma-separated build tags, as for go build")
	// The analyzers' own flags, named as in standalone runs.
	for _, a := range analyzers {
		a.Flags.VisitAll(func(f *flag.Flag) {
			fs.Var(f.Value, a.Name+"."+f.Name, f.Usage)
		})
	}
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: mapilint sarif [-flag] [packages] > mapilint.sarif\n\n"+
			"Runs the mapilint analyzers and writes a SARIF 2.1.0 log to standard output.\n"+
			"Locations are relative to the current directory: run it from the repository root.\n"+
			"It exits 0 when it wrote the log, even with results, and 1 on load or analysis errors.\n"+
			"GOOS, GOARCH and the other go environment variables select the build.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	patterns := fs.Args()
	if len(patterns) == 0 {
		patterns = []string{"."}
	}

	root, err := os.Getwd()
	if err != nil {
		fmt.Fprintf(stderr, "mapilint: %v\n", err)
		return 1
	}
	cfg := &packages.Config{
		Mode:  packages.LoadAllSyntax | packages.NeedModule,
		Tests: *tests,
	}
	if *tags != "" {
		cfg.BuildFlags = []string{"-tags=" + *tags}
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err == nil && len(pkgs) == 0 {
		err = fmt.Errorf("%s matched no packages", strings.Join(patterns, " "))
	}
	if err != nil {
		fmt.Fprintf(stderr, "mapilint: %v\n", err)
		return 1
	}
	graph, err := checker.Analyze(analyzers, pkgs, nil)
	if err != nil {
		fmt.Fprintf(stderr, "mapilint: %v\n", err)
		return 1
	}

	b := newBuilder(root)
	failed := b.packageErrors(pkgs, stderr)
	failed = b.analysisErrors(graph, stderr) || failed
	report := b.report(analyzers, graph, !failed)
	if err := report.PrettyWrite(stdout); err != nil {
		fmt.Fprintf(stderr, "mapilint: writing SARIF: %v\n", err)
		return 1
	}
	fmt.Fprintln(stdout)
	if failed {
		return 1
	}
	return 0
}

// A builder turns the checker's results into a SARIF log.
type builder struct {
	root          string              // absolute directory that relative URIs start from
	lines         map[string][]string // source lines by file name; nil if unreadable
	notifications []*sarif.Notification
}

func newBuilder(root string) *builder {
	return &builder{root: root, lines: map[string][]string{}}
}

// packageErrors prints the errors of pkgs and their dependencies, records
// them as notifications, and reports whether any is more than a type
// error.
func (b *builder) packageErrors(pkgs []*packages.Package, stderr io.Writer) (failed bool) {
	seen := map[string]bool{}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			msg := e.Error()
			if seen[msg] {
				continue // the same file in a package and its test variant
			}
			seen[msg] = true
			fmt.Fprintln(stderr, msg)
			lvl := "error"
			if e.Kind == packages.TypeError {
				lvl = "warning"
			} else {
				failed = true
			}
			n := sarif.NewNotification().WithLevel(lvl).WithMessage(sarif.NewTextMessage(msg))
			if loc := b.errorLocation(e.Pos); loc != nil {
				n.WithLocations([]*sarif.Location{loc})
			}
			b.notifications = append(b.notifications, n)
		}
	})
	return failed
}

// analysisErrors prints the analyzers' failures and reports whether there
// were any. Actions on packages with errors are skipped by the checker and
// those errors were printed already; actions that failed because one they
// depend on failed say nothing new.
func (b *builder) analysisErrors(graph *checker.Graph, stderr io.Writer) (failed bool) {
	for act := range graph.All() {
		if act.Err == nil || act.Package.IllTyped || slices.ContainsFunc(act.Deps, func(d *checker.Action) bool { return d.Err != nil }) {
			continue
		}
		msg := fmt.Sprintf("%s: %v", act, act.Err)
		fmt.Fprintf(stderr, "mapilint: %s\n", msg)
		b.notifications = append(b.notifications,
			sarif.NewNotification().WithLevel("error").WithMessage(sarif.NewTextMessage(msg)))
		failed = true
	}
	return failed
}

// A diag is one diagnostic of one analyzer, with its package's file set.
type diag struct {
	rule  string
	fset  *token.FileSet
	d     analysis.Diagnostic
	start token.Position
}

// report builds the log.
func (b *builder) report(analyzers []*analysis.Analyzer, graph *checker.Graph, ok bool) *sarif.Report {
	driver := sarif.NewToolComponent().
		WithName(toolName).
		WithInformationURI(toolURI)
	if v := version(); v != "" {
		driver.WithVersion(v)
	}
	run := sarif.NewRun().
		WithTool(sarif.NewTool().WithDriver(driver)).
		WithColumnKind("utf16CodeUnits").
		WithOriginalUriBaseIds(map[string]sarif.ArtifactLocation{
			SrcRoot: *sarif.NewArtifactLocation().WithURI(dirURI(b.root)),
		})
	for _, a := range analyzers {
		summary, _, _ := strings.Cut(a.Doc, "\n")
		rule := run.AddRule(a.Name).
			WithShortDescription(sarif.NewMultiformatMessageString().WithText(strings.TrimSpace(summary))).
			WithFullDescription(sarif.NewMultiformatMessageString().WithText(a.Doc)).
			WithHelp(sarif.NewMultiformatMessageString().WithText(a.Doc)).
			WithDefaultConfiguration(sarif.NewReportingConfiguration().WithLevel(level))
		if a.URL != "" {
			rule.WithHelpURI(a.URL)
		}
	}

	// The diagnostics of the root actions, each once: a file of a package
	// and of its test variant is analysed twice.
	type key struct {
		rule, msg  string
		start, end token.Position
	}
	seen := map[key]bool{}
	var diags []diag
	for _, act := range graph.Roots {
		fset := act.Package.Fset
		for _, d := range act.Diagnostics {
			start, end := span(fset, d.Pos, d.End)
			k := key{act.Analyzer.Name, d.Message, start, end}
			if seen[k] {
				continue
			}
			seen[k] = true
			diags = append(diags, diag{act.Analyzer.Name, fset, d, start})
		}
	}
	slices.SortStableFunc(diags, func(x, y diag) int {
		return cmp.Or(
			cmp.Compare(x.start.Filename, y.start.Filename),
			cmp.Compare(x.start.Line, y.start.Line),
			cmp.Compare(x.start.Column, y.start.Column),
			cmp.Compare(x.rule, y.rule),
			cmp.Compare(x.d.Message, y.d.Message))
	})
	for _, d := range diags {
		b.result(run, d)
	}

	inv := sarif.NewInvocation().
		WithExecutionSuccessful(ok).
		WithWorkingDirectory(sarif.NewArtifactLocation().WithURI(dirURI(b.root)))
	for _, n := range b.notifications {
		inv.AddToolExecutionNotification(n)
	}
	run.AddInvocation(inv)

	report := sarif.NewReport()
	report.Schema = SchemaURI
	report.AddRun(run)
	return report
}

// result adds d to run.
func (b *builder) result(run *sarif.Run, d diag) {
	res := run.CreateResultForRule(d.rule).
		WithLevel(level).
		WithMessage(sarif.NewTextMessage(d.d.Message)).
		WithLocations([]*sarif.Location{b.location(d.fset, d.d.Pos, d.d.End, "")})
	for i, rel := range d.d.Related {
		if !rel.Pos.IsValid() {
			continue
		}
		res.AddRelatedLocation(b.location(d.fset, rel.Pos, rel.End, rel.Message).WithID(i + 1))
	}
	for _, fix := range d.d.SuggestedFixes {
		if f := b.fix(d.fset, fix); f != nil {
			res.AddFixe(f)
		}
	}
}

// location is the location of [pos, end) with an optional message; end
// defaults to pos. Positions are as the compiler reports them, honouring
// //line directives.
func (b *builder) location(fset *token.FileSet, pos, end token.Pos, msg string) *sarif.Location {
	start, stop := span(fset, pos, end)
	loc := sarif.NewLocationWithPhysicalLocation(sarif.NewPhysicalLocation().
		WithArtifactLocation(b.artifact(start.Filename)).
		WithRegion(b.region(start, stop)))
	if msg != "" {
		loc.WithMessage(sarif.NewTextMessage(msg))
	}
	return loc
}

// fix converts a suggested fix: one artifact change per file, in the
// order of its edits. Edits are byte ranges of the files themselves, so
// their positions ignore //line directives.
func (b *builder) fix(fset *token.FileSet, fix analysis.SuggestedFix) *sarif.Fix {
	f := sarif.NewFix().WithDescription(sarif.NewTextMessage(fix.Message))
	changes := map[string]*sarif.ArtifactChange{}
	for _, e := range fix.TextEdits {
		if !e.Pos.IsValid() {
			continue
		}
		end := e.End
		if !end.IsValid() {
			end = e.Pos
		}
		start, stop := fset.PositionFor(e.Pos, false), fset.PositionFor(end, false)
		ch := changes[start.Filename]
		if ch == nil {
			ch = sarif.NewArtifactChange().WithArtifactLocation(b.artifact(start.Filename))
			changes[start.Filename] = ch
			f.AddArtifactChange(ch)
		}
		r := sarif.NewReplacement().WithDeletedRegion(b.region(start, stop))
		if len(e.NewText) > 0 {
			r.WithInsertedContent(sarif.NewArtifactContent().WithText(string(e.NewText)))
		}
		ch.AddReplacement(r)
	}
	if len(f.ArtifactChanges) == 0 {
		return nil
	}
	return f
}

// span returns the positions of pos and end, end defaulting to pos.
func span(fset *token.FileSet, pos, end token.Pos) (token.Position, token.Position) {
	start := fset.Position(pos)
	stop := start
	if end.IsValid() && end >= pos {
		stop = fset.Position(end)
	}
	return start, stop
}

// region is the text region from start to end, with columns in UTF-16
// code units.
func (b *builder) region(start, end token.Position) *sarif.Region {
	if end.Filename != start.Filename || end.Line < start.Line || (end.Line == start.Line && end.Column < start.Column) {
		end = start
	}
	return sarif.NewRegion().
		WithStartLine(max(start.Line, 1)).
		WithStartColumn(b.column(start)).
		WithEndLine(max(end.Line, 1)).
		WithEndColumn(b.column(end))
}

// column converts the byte column of p to UTF-16 code units, counting
// from 1. It keeps the byte column when the file cannot be read or does
// not have that line.
func (b *builder) column(p token.Position) int {
	lines, ok := b.lines[p.Filename]
	if !ok {
		if data, err := os.ReadFile(p.Filename); err == nil {
			lines = strings.Split(string(data), "\n")
		}
		b.lines[p.Filename] = lines
	}
	if p.Line < 1 || p.Line > len(lines) {
		return max(p.Column, 1)
	}
	return utf16Column(lines[p.Line-1], p.Column)
}

// utf16Column converts the 1-based byte column col of line to UTF-16
// code units, counting from 1.
func utf16Column(line string, col int) int {
	if col <= 1 || col-1 > len(line) {
		return max(col, 1)
	}
	n := 1
	for _, r := range line[:col-1] {
		if r >= 0x10000 && r <= utf8.MaxRune {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// artifact is the location of a file: relative to the root with uriBaseId
// %SRCROOT% when the file is under it, an absolute file URI otherwise.
func (b *builder) artifact(filename string) *sarif.ArtifactLocation {
	if filename == "" {
		return sarif.NewArtifactLocation()
	}
	if filepath.IsAbs(filename) {
		if rel, err := filepath.Rel(b.root, filename); err == nil && filepath.IsLocal(rel) {
			u := &url.URL{Path: filepath.ToSlash(rel)}
			return sarif.NewArtifactLocation().WithURI(u.String()).WithURIBaseID(SrcRoot)
		}
		return sarif.NewArtifactLocation().WithURI(fileURI(filename))
	}
	// A relative name (from a //line directive) is taken as relative to
	// the root already.
	u := &url.URL{Path: filepath.ToSlash(filename)}
	return sarif.NewArtifactLocation().WithURI(u.String()).WithURIBaseID(SrcRoot)
}

// errPos matches the "file:line" or "file:line:col" of a packages.Error.
var errPos = regexp.MustCompile(`^(.+?):(\d+)(?::(\d+))?$`)

// errorLocation is the location of a package error's position, or nil.
func (b *builder) errorLocation(pos string) *sarif.Location {
	m := errPos.FindStringSubmatch(pos)
	if m == nil {
		return nil
	}
	line, _ := strconv.Atoi(m[2])
	col, _ := strconv.Atoi(m[3]) // 0 when absent
	p := token.Position{Filename: m[1], Line: line, Column: col}
	region := sarif.NewRegion().WithStartLine(max(line, 1))
	if col > 0 {
		region.WithStartColumn(b.column(p))
	}
	return sarif.NewLocationWithPhysicalLocation(sarif.NewPhysicalLocation().
		WithArtifactLocation(b.artifact(m[1])).
		WithRegion(region))
}

// fileURI is the file URI of an absolute path.
func fileURI(path string) string {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // a Windows drive letter: file:///C:/...
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

// dirURI is the file URI of a directory, ending in a slash as SARIF
// requires of a base URI.
func dirURI(dir string) string {
	u := fileURI(dir)
	if !strings.HasSuffix(u, "/") {
		u += "/"
	}
	return u
}

// version is the version of the mapilint module in this binary, if it
// was built from a released module.
func version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok || bi.Main.Version == "" || bi.Main.Version == "(devel)" {
		return ""
	}
	return bi.Main.Version
}
