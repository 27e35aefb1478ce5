package main

// Corpus generators: the dense module (N realistic store packages around a
// shared MAPI binding package), the pathological module (a Release that
// calls a helper with 40 sequential independent ifs and a 200-case switch,
// once correct and once with a single known violation) and the adversarial
// module (correct stores in the shapes that cost the engine most).

import (
	"bytes"
	"fmt"
	"go/format"
	"os"
	"path/filepath"
	"strings"
	"text/template"

	"github.com/mapilint/mapilint/internal/adversarial"
)

// Module paths of the generated corpora.
const (
	denseModule = "bench.example/dense"
	pathoModule = "bench.example/patho"
)

// writeFile writes content to dir/rel, creating directories; Go files are
// gofmt-ed first, so that a generator mistake fails here, not in a run.
func writeFile(dir, rel, content string) error {
	if strings.HasSuffix(rel, ".go") {
		src, err := format.Source([]byte(content))
		if err != nil {
			return fmt.Errorf("generated %s: %v", rel, err)
		}
		content = string(src)
	}
	p := filepath.Join(dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	return os.WriteFile(p, []byte(content), 0o644)
}

// goMod is a dependency-free go.mod for a generated module.
func goMod(module string) string {
	return "module " + module + "\n\ngo 1.26.0\n"
}

// ---------------------------------------------------------------------------
// Dense corpus.

// denseMapi is the shared binding package every dense store imports.
const denseMapi = `// Package mapi is the part of a MAPI binding the generated stores use.
package mapi

import "errors"

// Input flags of IMsgStore::StoreLogoff and StoreLogoffTransports.
const (
	LOGOFF_NO_WAIT = 0x00000001
	LOGOFF_ORDERLY = 0x00000002
	LOGOFF_PURGE   = 0x00000004
	LOGOFF_ABORT   = 0x00000008
	LOGOFF_QUIET   = 0x00000010
)

// Status-table row flags.
const (
	STATUS_AVAILABLE = 0x00000001
	STATUS_OFFLINE   = 0x00000002
)

// ErrInvalidParameter is MAPI_E_INVALID_PARAMETER.
var ErrInvalidParameter = errors.New("MAPI_E_INVALID_PARAMETER")

// ErrNotFound is MAPI_E_NOT_FOUND.
var ErrNotFound = errors.New("MAPI_E_NOT_FOUND")

// Support is the part of IMAPISupport a store uses.
type Support interface {
	StoreLogoffTransports(flags *uint32) error
	ModifyStatusRow(status uint32, text string) error
	SpoolerNotify(flags uint32) error
	Release() uint32
}

// Folder is an open folder.
type Folder interface {
	Name() string
	Count() int
	Close() error
}

// Trace records an event; stores call it after StoreLogoffTransports.
func Trace(format string, args ...any) {
	_ = format
	_ = args
}
`

// denseStoreTmpl is one store package. It is correct under either protocol,
// so mapilint must stay silent on the whole dense module.
const denseStoreTmpl = `// Package {{.Pkg}} is a generated message store provider.
package {{.Pkg}}

import (
	"fmt"
	"log"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"bench.example/dense/mapi"
)

// {{.Type}} is the provider's IMsgStore.
type {{.Type}} struct {
	{{.Refs}} int32
	mu        sync.Mutex
	{{.Sup}}   mapi.Support
	folders   map[string]mapi.Folder
	opened    int
{{- if .Deferred}}
	{{.Saved}} uint32 // StoreLogoff's flags, for the final Release
{{- else}}
	{{.Flag}} bool // StoreLogoff has called StoreLogoffTransports
{{- end}}
	name string
}

// New{{.Type}} returns a store holding one reference.
func New{{.Type}}(sup mapi.Support, name string) *{{.Type}} {
	return &{{.Type}}{
		{{.Refs}}: 1,
		{{.Sup}}: sup,
		folders: make(map[string]mapi.Folder),
{{- if .Deferred}}
		{{.Saved}}: mapi.LOGOFF_ABORT,
{{- end}}
		name: name,
	}
}

// AddRef adds a reference.
func (s *{{.Type}}) AddRef() uint32 {
	return uint32(atomic.AddInt32(&s.{{.Refs}}, 1))
}

// OpenFolder opens the named folder with open and keeps it until logoff.
func (s *{{.Type}}) OpenFolder(name string, open func(string) (mapi.Folder, error)) (mapi.Folder, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if f, ok := s.folders[name]; ok {
		return f, nil
	}
	f, err := open(name)
	if err != nil {
		return nil, fmt.Errorf("{{.Pkg}}: open %q: %w", name, err)
	}
	s.folders[name] = f
	s.opened++
	return f, nil
}

// FolderNames lists the open folders, sorted.
func (s *{{.Type}}) FolderNames() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	names := make([]string, 0, len(s.folders))
	for name := range s.folders {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

// {{.Ordinary}} counts the messages in the folders whose name has prefix.
func (s *{{.Type}}) {{.Ordinary}}(prefix string) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	total := 0
	for name, f := range s.folders {
		if !strings.HasPrefix(name, prefix) {
			continue
		}
		n := f.Count()
		if n < 0 {
			return 0, mapi.ErrNotFound
		}
		total += n
	}
	return total, nil
}

// SetOnline publishes the store's availability and tells the spooler.
func (s *{{.Type}}) SetOnline(online bool) error {
	status := uint32(mapi.STATUS_AVAILABLE)
	text := "online"
	if !online {
		status, text = mapi.STATUS_OFFLINE, "offline"
	}
	if err := s.{{.Sup}}.ModifyStatusRow(status, text); err != nil {
		return err
	}
	return s.{{.Sup}}.SpoolerNotify(0)
}

// String describes the store.
func (s *{{.Type}}) String() string {
	return fmt.Sprintf("{{.Type}}(%s, %d folders, %d opened)", s.name, len(s.folders), s.opened)
}
{{if .Deferred}}
// StoreLogoff is IMsgStore::StoreLogoff: it saves its flags for Release.
func (s *{{.Type}}) StoreLogoff(flags *uint32) error {
	s.mu.Lock()
	s.{{.Saved}} = *flags
	s.mu.Unlock()
	return nil
}

// Release is IUnknown::Release.
func (s *{{.Type}}) Release() uint32 {
	if n := atomic.AddInt32(&s.{{.Refs}}, -1); n > 0 {
		return uint32(n)
	}
	_ = s.{{.Sup}}.StoreLogoffTransports(&s.{{.Saved}})
	s.{{.Helper}}()
	return s.{{.Sup}}.Release()
}
{{else}}
// StoreLogoff is IMsgStore::StoreLogoff.
func (s *{{.Type}}) StoreLogoff(flags *uint32) error {
	if flags == nil {
		return mapi.ErrInvalidParameter
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.{{.Flag}} {
		return nil
	}
	err := s.{{.Sup}}.StoreLogoffTransports(flags)
	s.{{.Flag}} = true
	mapi.Trace("{{.Pkg}}: logoff %#x", *flags)
	s.{{.Helper}}()
	return err
}

// Release is IUnknown::Release.
func (s *{{.Type}}) Release() uint32 {
	n := atomic.AddInt32(&s.{{.Refs}}, -1)
	if n > 0 {
		return uint32(n)
	}
	if !s.{{.Flag}} {
		flags := uint32(mapi.LOGOFF_ABORT)
		_ = s.{{.Sup}}.StoreLogoffTransports(&flags)
	}
{{- if .Teardown}}
	s.teardown()
{{- else}}
	s.{{.Helper}}()
	s.{{.Sup}}.Release()
{{- end}}
	return 0
}
{{if .Teardown}}
// teardown closes the folders and releases the support object, last.
func (s *{{.Type}}) teardown() {
	s.{{.Helper}}()
	s.{{.Sup}}.Release()
}
{{end}}{{end}}
// {{.Helper}} closes every open folder and forgets it.
func (s *{{.Type}}) {{.Helper}}() {
	for name, f := range s.folders {
		if err := f.Close(); err != nil {
			log.Printf("{{.Pkg}}: closing folder %q: %v", name, err)
		}
	}
	s.folders = make(map[string]mapi.Folder)
}

// {{.Folder}} is an in-memory folder. It has Release but no StoreLogoff,
// so it is not a store.
type {{.Folder}} struct {
	name string
	msgs []string
	refs int32
}

func (f *{{.Folder}}) Name() string { return f.name }
func (f *{{.Folder}}) Count() int   { return len(f.msgs) }
func (f *{{.Folder}}) Close() error { f.msgs = nil; return nil }

// Release drops a reference to the folder.
func (f *{{.Folder}}) Release() uint32 {
	if n := atomic.AddInt32(&f.refs, -1); n > 0 {
		return uint32(n)
	}
	f.msgs = nil
	return 0
}

// Add appends a message, keeping at most limit.
func (f *{{.Folder}}) Add(msg string, limit int) {
	f.msgs = append(f.msgs, msg)
	if len(f.msgs) > limit {
		f.msgs = f.msgs[len(f.msgs)-limit:]
	}
}

// Search returns the messages containing word, in order.
func (f *{{.Folder}}) Search(word string) []string {
	var out []string
	for _, m := range f.msgs {
		if strings.Contains(m, word) {
			out = append(out, m)
		}
	}
	return out
}
`

var denseTmpl = template.Must(template.New("store").Parse(denseStoreTmpl))

// Name pools the dense generator draws from, so packages differ in names.
var (
	storeNames    = []string{"MsgStore", "MailStore", "ArchiveStore", "PSTStore", "CacheStore", "OfflineStore", "PublicStore", "JournalStore"}
	supNames      = []string{"support", "sup", "mapiSupport", "lpSupport"}
	refNames      = []string{"refs", "refCount", "cRef"}
	flagNames     = []string{"loggedOff", "didLogoff", "transportsDone", "sltCalled", "logoffDone"}
	savedNames    = []string{"logoffFlags", "savedFlags", "ulLogoffFlags"}
	helperNames   = []string{"closeFolders", "dropFolders", "flushFolders", "releaseFolders"}
	ordinaryNames = []string{"CountMessages", "Tally", "MessageCount", "Pending"}
	folderNames   = []string{"memFolder", "folder", "cachedFolder"}
)

// denseParams are the names and shape of store number i.
type denseParams struct {
	Pkg, Type, Sup, Refs, Flag, Saved, Helper, Ordinary, Folder string
	Deferred, Teardown                                          bool
}

func denseStore(i int) denseParams {
	pick := func(pool []string, k int) string { return pool[(i*k+i/len(pool))%len(pool)] }
	return denseParams{
		Pkg:      fmt.Sprintf("store%03d", i),
		Type:     pick(storeNames, 1) + fmt.Sprint(i),
		Sup:      pick(supNames, 3),
		Refs:     pick(refNames, 5),
		Flag:     pick(flagNames, 7),
		Saved:    pick(savedNames, 11),
		Helper:   pick(helperNames, 13),
		Ordinary: pick(ordinaryNames, 17),
		Folder:   pick(folderNames, 19),
		Deferred: i%3 == 2,
		Teardown: i%3 == 1,
	}
}

// denseStoreSource returns the source of dense store package i.
func denseStoreSource(i int) (string, error) {
	var buf bytes.Buffer
	if err := denseTmpl.Execute(&buf, denseStore(i)); err != nil {
		return "", err
	}
	return buf.String(), nil
}

// genDense writes the dense module with n store packages into dir.
// mapilint must report nothing on it.
func genDense(dir string, n int) error {
	if err := writeFile(dir, "go.mod", goMod(denseModule)); err != nil {
		return err
	}
	if err := writeFile(dir, "mapi/mapi.go", denseMapi); err != nil {
		return err
	}
	for i := 0; i < n; i++ {
		src, err := denseStoreSource(i)
		if err != nil {
			return err
		}
		p := denseStore(i)
		if err := writeFile(dir, p.Pkg+"/"+strings.ToLower(p.Type)+".go", src); err != nil {
			return err
		}
	}
	return nil
}

// ---------------------------------------------------------------------------
// Pathological corpus.

// expectedDiag is one diagnostic the generator expects mapilint to report.
type expectedDiag struct {
	Pkg      string // import path
	Analyzer string
	File     string // base name
	Line     int
	Message  string
}

// msgAF1 is abortflag's message for a final path with no guarded
// StoreLogoffTransports(LOGOFF_ABORT).
const msgAF1 = "Release does not call s.support.StoreLogoffTransports(LOGOFF_ABORT) on a final path where StoreLogoff has not called it"

// pathoSource returns the pathological store package: a correct eager
// store whose Release calls busy, a helper with 40 sequential independent
// ifs and a 200-case switch. With bad, Release omits the guarded
// LOGOFF_ABORT call (abortflag reports it at Release's name); it returns
// the line of Release's declaration.
func pathoSource(pkg string, bad bool) (src string, releaseLine int) {
	var b strings.Builder
	line := func(format string, args ...any) {
		fmt.Fprintf(&b, format+"\n", args...)
	}
	line("// Package %s is a store whose Release calls a helper with 40", pkg)
	line("// sequential independent ifs and a 200-case switch.")
	line("package %s", pkg)
	line("")
	line("const LOGOFF_ABORT = 0x8")
	line("")
	line("// Support is the part of IMAPISupport the store uses.")
	line("type Support interface {")
	line("\tStoreLogoffTransports(lpulFlags *uint32) error")
	line("\tRelease() uint32")
	line("}")
	line("")
	line("type wide struct {")
	line("\tsupport   Support")
	line("\tloggedOff bool")
	line("\ta         [40]bool")
	line("\tcode      int")
	line("\trefs      int32")
	line("}")
	line("")
	line("func (s *wide) StoreLogoff(lpulFlags *uint32) error {")
	line("\terr := s.support.StoreLogoffTransports(lpulFlags)")
	line("\ts.loggedOff = true")
	line("\treturn err")
	line("}")
	line("")
	if bad {
		line("// Release forgets the guarded LOGOFF_ABORT call.")
	} else {
		line("// Release is correct: guarded abort, then the support release, last.")
	}
	releaseLine = strings.Count(b.String(), "\n") + 1
	line("func (s *wide) Release() uint32 {")
	line("\ts.refs--")
	line("\tif s.refs > 0 {")
	line("\t\treturn uint32(s.refs)")
	line("\t}")
	line("\ts.busy()")
	if !bad {
		line("\tif !s.loggedOff {")
		line("\t\tflags := uint32(LOGOFF_ABORT)")
		line("\t\ts.support.StoreLogoffTransports(&flags)")
		line("\t}")
	}
	line("\ts.support.Release()")
	line("\treturn 0")
	line("}")
	line("")
	line("// busy has 40 independent ifs and a 200-case switch.")
	line("func (s *wide) busy() int {")
	line("\tx := 0")
	for i := 0; i < 40; i++ {
		line("\tif s.a[%d] {", i)
		line("\t\tx += %d", i+1)
		line("\t}")
	}
	line("\tswitch s.code {")
	for i := 0; i < 200; i++ {
		line("\tcase %d:", i)
		line("\t\tx *= %d", i+2)
	}
	line("\tdefault:")
	line("\t\tx = -x")
	line("\t}")
	line("\treturn x")
	line("}")
	return b.String(), releaseLine
}

// genPatho writes the pathological module into dir: package good (correct,
// no diagnostics) and package bad (exactly one abortflag diagnostic). It
// returns the diagnostics mapilint must report on ./..., all of them.
func genPatho(dir string) ([]expectedDiag, error) {
	if err := writeFile(dir, "go.mod", goMod(pathoModule)); err != nil {
		return nil, err
	}
	good, _ := pathoSource("good", false)
	if err := writeFile(dir, "good/wide.go", good); err != nil {
		return nil, err
	}
	bad, line := pathoSource("bad", true)
	if err := writeFile(dir, "bad/wide.go", bad); err != nil {
		return nil, err
	}
	return []expectedDiag{{
		Pkg:      pathoModule + "/bad",
		Analyzer: "abortflag",
		File:     "wide.go",
		Line:     line,
		Message:  msgAF1,
	}}, nil
}

// ---------------------------------------------------------------------------
// Adversarial corpus.

// adversarialModule is the module path of the generated adversarial corpus.
const adversarialModule = "bench.example/adversarial"

// adversarialShape is one adversarial workload: gen writes correct stores
// into dir, a directory of the adversarial module named after the shape,
// and mapilint must report nothing on dir/....
type adversarialShape struct {
	name  string // the directory and the row's name
	doc   string // what the row measures, for the table
	gen   func(dir string) error
	limit float64 // the target ratio to buildssa-only, or 0 for none
}

// adversarialShapes lists the adversarial workloads: shapes whose store
// functions were slow for the engine (issue 11). The first two are the
// issue's own shapes, written here; the third is internal/adversarial,
// the generator of every hard shape the engine's bound tests use. More
// generators plug in here: add a shape whose gen writes correct stores
// (a shape with planted violations needs expected diagnostics, as
// genPatho returns them) into dir, and -only adversarial measures it like
// the others.
var adversarialShapes = []adversarialShape{
	{"bittest", "50 stores, Release -> helper testing 40 bits of a copied field", func(dir string) error { return genBitTest(dir, 50, 40) }, 1.5},
	{"loadentity", "Release -> loop over struct fields with a defer inside and a large type switch", genLoadEntity, 1.5},
	// Functions of up to 18,000 instructions: their target is per function
	// (internal/engine BenchmarkAdversarial), not a ratio to the load.
	{"generated", "internal/adversarial: every shape at n=40 and n=200", func(dir string) error { return genInternalAdversarial(dir, 40, 200) }, 0},
}

// genAdversarial writes the adversarial module into dir, every shape of
// adversarialShapes under its own directory.
func genAdversarial(dir string) error {
	if err := writeFile(dir, "go.mod", goMod(adversarialModule)); err != nil {
		return err
	}
	for _, s := range adversarialShapes {
		if err := s.gen(filepath.Join(dir, s.name)); err != nil {
			return fmt.Errorf("adversarial shape %s: %w", s.name, err)
		}
	}
	return nil
}

// genBitTest writes n packages, each with a correct eager store whose
// Release, after the guarded LOGOFF_ABORT call and before the support
// release, calls a same-package helper that copies an integer field into a
// local and tests its bits one after the other, bits tests in all:
//
//	opts := s.teardownOpts
//	if opts&(1<<0) != 0 { s.stats[0]++ }
//	if opts&(1<<1) != 0 { log.Printf("step 1") }
//	...
//
// The tests' bodies cycle through a counter, a log call and a call of a
// package function, starting at a different one in each package.
func genBitTest(dir string, n, bits int) error {
	for i := 0; i < n; i++ {
		pkg := fmt.Sprintf("bits%03d", i)
		if err := writeFile(dir, pkg+"/store.go", bitTestSource(pkg, i, bits)); err != nil {
			return err
		}
	}
	return nil
}

// bitTestSource returns bit-test store package number i.
func bitTestSource(pkg string, i, bits int) string {
	var b strings.Builder
	line := func(format string, args ...any) {
		fmt.Fprintf(&b, format+"\n", args...)
	}
	line("// Package %s is a store whose Release calls a helper testing %d bits", pkg, bits)
	line("// of a copied field one after the other.")
	line("package %s", pkg)
	line("")
	line(`import "log"`)
	line("")
	line("const LOGOFF_ABORT = 0x8")
	line("")
	line("// Support is the part of IMAPISupport the store uses.")
	line("type Support interface {")
	line("\tStoreLogoffTransports(lpulFlags *uint32) error")
	line("\tRelease() uint32")
	line("}")
	line("")
	line("// Store is the provider's IMsgStore.")
	line("type Store struct {")
	line("\tsupport      Support")
	line("\tloggedOff    bool")
	line("\trefs         int32")
	line("\tteardownOpts uint64")
	line("\tstats        [%d]int", bits)
	line("}")
	line("")
	line("// StoreLogoff is IMsgStore::StoreLogoff.")
	line("func (s *Store) StoreLogoff(lpulFlags *uint32) error {")
	line("\terr := s.support.StoreLogoffTransports(lpulFlags)")
	line("\ts.loggedOff = true")
	line("\treturn err")
	line("}")
	line("")
	line("// Release is correct: guarded abort, the teardown steps, then the")
	line("// support release, last.")
	line("func (s *Store) Release() uint32 {")
	line("\ts.refs--")
	line("\tif s.refs > 0 {")
	line("\t\treturn uint32(s.refs)")
	line("\t}")
	line("\tif !s.loggedOff {")
	line("\t\tflags := uint32(LOGOFF_ABORT)")
	line("\t\ts.support.StoreLogoffTransports(&flags)")
	line("\t}")
	line("\ts.teardown()")
	line("\ts.support.Release()")
	line("\treturn 0")
	line("}")
	line("")
	line("// teardown runs the teardown steps selected by s.teardownOpts.")
	line("func (s *Store) teardown() {")
	line("\topts := s.teardownOpts")
	for k := 0; k < bits; k++ {
		line("\tif opts&(1<<%d) != 0 {", k)
		switch (i + k) % 3 {
		case 0:
			line("\t\ts.stats[%d]++", k)
		case 1:
			line("\t\tlog.Printf(\"step %d\")", k)
		case 2:
			line("\t\tnote(%d)", k)
		}
		line("\t}")
	}
	line("}")
	line("")
	line("var notes []int")
	line("")
	line("// note records a teardown step.")
	line("func note(step int) { notes = append(notes, step) }")
	return b.String()
}

// loadEntitySource is a store whose Release reaches loadEntity, a copy of
// the shape of github.com/yusufpapurcu/wmi's (*Client).loadEntity: a loop
// over a struct's fields that defers prop.Clear() in its body, continues,
// returns errors, and switches on the property's dynamic type with nested
// switches on the field's kind. The OLE variant and dispatch types are
// local stand-ins, so the package has no dependencies.
const loadEntitySource = `// Package loadentity is a store whose Release loads its statistics with a
// reflective loop like wmi's (*Client).loadEntity.
package loadentity

import (
	"fmt"
	"log"
	"reflect"
	"strconv"
	"sync/atomic"
	"time"
)

const LOGOFF_ABORT = 0x8

// Support is the part of IMAPISupport the store uses.
type Support interface {
	StoreLogoffTransports(lpulFlags *uint32) error
	Release() uint32
}

// variant stands for go-ole's VARIANT.
type variant struct {
	VT  uint16
	val any
	arr []any
}

func (v *variant) Value() any { return v.val }

// Clear frees the variant.
func (v *variant) Clear() error { v.val, v.arr = nil, nil; return nil }

// ToArray returns the variant's SAFEARRAY, nil if it has none.
func (v *variant) ToArray() *safeArray {
	if v.arr == nil {
		return nil
	}
	return &safeArray{v.arr}
}

// safeArray stands for go-ole's SafeArrayConversion.
type safeArray struct{ vals []any }

func (a *safeArray) ToValueArray() []any { return a.vals }

// dispatch stands for an IDispatch.
type dispatch struct{ props map[string]any }

// GetProperty stands for oleutil.GetProperty.
func (d *dispatch) GetProperty(name string) (*variant, error) {
	v, ok := d.props[name]
	if !ok {
		return nil, fmt.Errorf("no property %s", name)
	}
	if arr, ok := v.([]any); ok {
		return &variant{VT: 0x2000, arr: arr}, nil
	}
	if v == nil {
		return &variant{VT: 0x1}, nil
	}
	return &variant{VT: 0xc, val: v}, nil
}

// ErrFieldMismatch is returned when a property cannot be stored in a field.
type ErrFieldMismatch struct {
	StructType reflect.Type
	FieldName  string
	Reason     string
}

func (e *ErrFieldMismatch) Error() string {
	return fmt.Sprintf("wmi: cannot load field %q into a %q: %s", e.FieldName, e.StructType, e.Reason)
}

var timeType = reflect.TypeOf(time.Time{})

// Stats are the store's statistics, as the WMI provider reports them.
type Stats struct {
	Name        string
	Messages    uint64
	Unread      int32
	Size        *uint64
	Online      bool
	Ratio       float64
	Load        float32
	LastSync    time.Time
	Folders     []string
	Flags       []uint16
	Deltas      []int64
	Description *string
}

// Store is the provider's IMsgStore.
type Store struct {
	support            Support
	loggedOff          bool
	refs               int32
	src                *dispatch
	AllowMissingFields bool
	PtrNil             bool
	NonePtrZero        bool
}

// StoreLogoff is IMsgStore::StoreLogoff.
func (s *Store) StoreLogoff(lpulFlags *uint32) error {
	err := s.support.StoreLogoffTransports(lpulFlags)
	s.loggedOff = true
	return err
}

// Release is correct: guarded abort, the final statistics, then the
// support release, last.
func (s *Store) Release() uint32 {
	if n := atomic.AddInt32(&s.refs, -1); n > 0 {
		return uint32(n)
	}
	if !s.loggedOff {
		flags := uint32(LOGOFF_ABORT)
		s.support.StoreLogoffTransports(&flags)
	}
	var st Stats
	if err := s.loadEntity(&st, s.src); err != nil {
		log.Printf("loadentity: final statistics: %v", err)
	} else {
		log.Printf("loadentity: %+v", st)
	}
	s.support.Release()
	return 0
}

// loadEntity loads src's properties into the struct dst points to.
func (s *Store) loadEntity(dst interface{}, src *dispatch) (errFieldMismatch error) {
	v := reflect.ValueOf(dst).Elem()
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		of := f
		isPtr := f.Kind() == reflect.Ptr
		n := v.Type().Field(i).Name
		if n[0] < 'A' || n[0] > 'Z' {
			continue
		}
		if !f.CanSet() {
			return &ErrFieldMismatch{
				StructType: of.Type(),
				FieldName:  n,
				Reason:     "CanSet() is false",
			}
		}
		prop, err := src.GetProperty(n)
		if err != nil {
			if !s.AllowMissingFields {
				errFieldMismatch = &ErrFieldMismatch{
					StructType: of.Type(),
					FieldName:  n,
					Reason:     "no such struct field",
				}
			}
			continue
		}
		defer prop.Clear()

		if isPtr && !(s.PtrNil && prop.VT == 0x1) {
			ptr := reflect.New(f.Type().Elem())
			f.Set(ptr)
			f = f.Elem()
		}

		if prop.VT == 0x1 { //VT_NULL
			continue
		}

		switch val := prop.Value().(type) {
		case int8, int16, int32, int64, int:
			v := reflect.ValueOf(val).Int()
			switch f.Kind() {
			case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
				f.SetInt(v)
			case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
				f.SetUint(uint64(v))
			default:
				return &ErrFieldMismatch{
					StructType: of.Type(),
					FieldName:  n,
					Reason:     "not an integer class",
				}
			}
		case uint8, uint16, uint32, uint64:
			v := reflect.ValueOf(val).Uint()
			switch f.Kind() {
			case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
				f.SetInt(int64(v))
			case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
				f.SetUint(v)
			default:
				return &ErrFieldMismatch{
					StructType: of.Type(),
					FieldName:  n,
					Reason:     "not an integer class",
				}
			}
		case string:
			switch f.Kind() {
			case reflect.String:
				f.SetString(val)
			case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
				iv, err := strconv.ParseInt(val, 10, 64)
				if err != nil {
					return err
				}
				f.SetInt(iv)
			case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
				uv, err := strconv.ParseUint(val, 10, 64)
				if err != nil {
					return err
				}
				f.SetUint(uv)
			case reflect.Struct:
				switch f.Type() {
				case timeType:
					if len(val) == 25 {
						mins, err := strconv.Atoi(val[22:])
						if err != nil {
							return err
						}
						val = val[:22] + fmt.Sprintf("%02d%02d", mins/60, mins%60)
					}
					t, err := time.Parse("20060102150405.000000-0700", val)
					if err != nil {
						return err
					}
					f.Set(reflect.ValueOf(t))
				}
			}
		case bool:
			switch f.Kind() {
			case reflect.Bool:
				f.SetBool(val)
			default:
				return &ErrFieldMismatch{
					StructType: of.Type(),
					FieldName:  n,
					Reason:     "not a bool",
				}
			}
		case float32:
			switch f.Kind() {
			case reflect.Float32:
				f.SetFloat(float64(val))
			default:
				return &ErrFieldMismatch{
					StructType: of.Type(),
					FieldName:  n,
					Reason:     "not a Float32",
				}
			}
		case float64:
			switch f.Kind() {
			case reflect.Float32, reflect.Float64:
				f.SetFloat(val)
			default:
				return &ErrFieldMismatch{
					StructType: of.Type(),
					FieldName:  n,
					Reason:     "not a Float64",
				}
			}
		default:
			if f.Kind() == reflect.Slice {
				switch f.Type().Elem().Kind() {
				case reflect.String:
					safeArray := prop.ToArray()
					if safeArray != nil {
						arr := safeArray.ToValueArray()
						fArr := reflect.MakeSlice(f.Type(), len(arr), len(arr))
						for i, v := range arr {
							s := fArr.Index(i)
							s.SetString(v.(string))
						}
						f.Set(fArr)
					}
				case reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uint:
					safeArray := prop.ToArray()
					if safeArray != nil {
						arr := safeArray.ToValueArray()
						fArr := reflect.MakeSlice(f.Type(), len(arr), len(arr))
						for i, v := range arr {
							s := fArr.Index(i)
							s.SetUint(reflect.ValueOf(v).Uint())
						}
						f.Set(fArr)
					}
				case reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64, reflect.Int:
					safeArray := prop.ToArray()
					if safeArray != nil {
						arr := safeArray.ToValueArray()
						fArr := reflect.MakeSlice(f.Type(), len(arr), len(arr))
						for i, v := range arr {
							s := fArr.Index(i)
							s.SetInt(reflect.ValueOf(v).Int())
						}
						f.Set(fArr)
					}
				default:
					return &ErrFieldMismatch{
						StructType: of.Type(),
						FieldName:  n,
						Reason:     fmt.Sprintf("unsupported slice type (%T)", val),
					}
				}
			} else {
				typeof := reflect.TypeOf(val)
				if typeof == nil && (isPtr || s.NonePtrZero) {
					if (isPtr && s.PtrNil) || (!isPtr && s.NonePtrZero) {
						of.Set(reflect.Zero(of.Type()))
					}
					break
				}
				return &ErrFieldMismatch{
					StructType: of.Type(),
					FieldName:  n,
					Reason:     fmt.Sprintf("unsupported type (%T)", val),
				}
			}
		}
	}
	return errFieldMismatch
}
`

// genInternalAdversarial writes into dir one package for each shape of
// internal/adversarial at each size of ns.
func genInternalAdversarial(dir string, ns ...int) error {
	for _, shape := range adversarial.Shapes() {
		for _, n := range ns {
			pkg := fmt.Sprintf("%s%d", shape, n)
			src := string(adversarial.Generate(pkg, shape, n))
			if !strings.Contains(src, "log.Printf(") {
				// The generator imports log whatever the shape; a shape
				// that logs nothing would not type-check, and mapilint
				// would skip the package instead of analysing it.
				src += "\nvar _ = log.Printf\n"
			}
			if err := writeFile(dir, pkg+"/store.go", src); err != nil {
				return err
			}
		}
	}
	return nil
}

// genLoadEntity writes the loadEntity store package into dir.
func genLoadEntity(dir string) error {
	return writeFile(dir, "store.go", loadEntitySource)
}
