package main

// The COM provider module: one correct store (the dense corpus's eager
// store with a teardown helper) in a module that imports and really calls
// real Go COM and Windows libraries at fixed versions. It is Windows-only
// code: every command on it runs with GOOS=windows.

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"strings"
)

// comModule is the module path of the generated COM provider module.
const comModule = "bench.example/comprov"

// comRequire lists the real libraries the COM provider module requires,
// at fixed versions (each checked to be served by the Go module proxy).
// winrt-go and lxn/win publish no tags: their pseudo-versions are fixed
// commits.
var comRequire = []struct{ path, version string }{
	{"github.com/go-ole/go-ole", "v1.3.0"},
	{"github.com/yusufpapurcu/wmi", "v1.2.4"},
	{"github.com/Microsoft/go-winio", "v0.6.4"},
	{"github.com/saltosystems/winrt-go", "v0.0.0-20260513072510-45f10383b2b8"},
	{"golang.org/x/sys", "v0.50.0"},
	// Two more real COM libraries: the original WMI package
	// (go-ole's best-known dependent, which yusufpapurcu/wmi forked) and
	// lxn/win, the Win32 and OLE binding behind the walk GUI toolkit.
	{"github.com/StackExchange/wmi", "v1.2.1"},
	{"github.com/lxn/win", "v0.0.0-20210218163916-a377121e959e"},
}

// comEnv is the environment every command on the COM module runs with.
var comEnv = []string{"GOOS=windows", "GOARCH=amd64", "CGO_ENABLED=0"}

// comStoreParams names the one store of the COM module: the eager shape
// whose Release calls a same-package teardown helper.
var comStoreParams = denseParams{
	Pkg: "comstore", Type: "ComStore", Sup: "support", Refs: "refs",
	Flag: "loggedOff", Saved: "logoffFlags", Helper: "closeFolders",
	Ordinary: "CountMessages", Folder: "memFolder", Teardown: true,
}

// comDispatch is the second file of the store package: folders backed by
// OLE Automation objects (go-ole's oleutil), which OpenFolder opens.
const comDispatch = `package comstore

import (
	"fmt"

	"github.com/go-ole/go-ole"
	"github.com/go-ole/go-ole/oleutil"

	"bench.example/comprov/mapi"
)

// dispatchFolder is a folder backed by an OLE Automation object.
type dispatchFolder struct {
	name string
	disp *ole.IDispatch
}

func (f *dispatchFolder) Name() string { return f.name }

// Count reads the object's Count property.
func (f *dispatchFolder) Count() int {
	v, err := oleutil.GetProperty(f.disp, "Count")
	if err != nil {
		return -1
	}
	defer v.Clear()
	return int(v.Val)
}

// Close releases the Automation object.
func (f *dispatchFolder) Close() error {
	if _, err := oleutil.CallMethod(f.disp, "Close"); err != nil {
		return fmt.Errorf("comstore: closing %q: %w", f.name, err)
	}
	f.disp.Release()
	return nil
}

// OpenDispatch returns an opener for OpenFolder that creates the
// Automation object progID and calls its Open method with the folder name.
func OpenDispatch(progID string) func(string) (mapi.Folder, error) {
	return func(name string) (mapi.Folder, error) {
		unknown, err := oleutil.CreateObject(progID)
		if err != nil {
			return nil, err
		}
		defer unknown.Release()
		disp, err := unknown.QueryInterface(ole.IID_IDispatch)
		if err != nil {
			return nil, err
		}
		if _, err := oleutil.CallMethod(disp, "Open", name); err != nil {
			disp.Release()
			return nil, err
		}
		return &dispatchFolder{name: name, disp: disp}, nil
	}
}
`

// comTransport implements mapi.Support over a named pipe (go-winio) to
// the transport service. It has Release but no StoreLogoff: not a store.
const comTransport = `// Package transport talks to the MAPI transport service over a named pipe.
package transport

import (
	"encoding/binary"
	"fmt"
	"net"
	"sync/atomic"
	"time"

	"github.com/Microsoft/go-winio"
	"golang.org/x/sys/windows"
)

// PipeName is the transport service's pipe.
const PipeName = ` + "`" + `\\.\pipe\mapi-transport` + "`" + `

// Support is mapi.Support over the transport pipe.
type Support struct {
	conn net.Conn
	refs int32
}

// Dial connects to the transport service.
func Dial(timeout time.Duration) (*Support, error) {
	conn, err := winio.DialPipe(PipeName, &timeout)
	if err != nil {
		return nil, fmt.Errorf("transport: %w", err)
	}
	return &Support{conn: conn, refs: 1}, nil
}

// Serve accepts transport clients on the pipe, for tests and tools.
func Serve(handle func(net.Conn)) error {
	l, err := winio.ListenPipe(PipeName, &winio.PipeConfig{MessageMode: true, InputBufferSize: 4096})
	if err != nil {
		return err
	}
	defer l.Close()
	for {
		c, err := l.Accept()
		if err != nil {
			return err
		}
		go handle(c)
	}
}

func (s *Support) send(op uint32, arg uint32, text string) error {
	buf := make([]byte, 12, 12+len(text))
	binary.LittleEndian.PutUint32(buf[0:], op)
	binary.LittleEndian.PutUint32(buf[4:], arg)
	binary.LittleEndian.PutUint32(buf[8:], windows.GetCurrentProcessId())
	buf = append(buf, text...)
	_, err := s.conn.Write(buf)
	return err
}

// StoreLogoffTransports asks the transports to finish with the store.
func (s *Support) StoreLogoffTransports(flags *uint32) error {
	return s.send(1, *flags, "")
}

// ModifyStatusRow publishes the store's status row.
func (s *Support) ModifyStatusRow(status uint32, text string) error {
	return s.send(2, status, text)
}

// SpoolerNotify wakes the spooler.
func (s *Support) SpoolerNotify(flags uint32) error {
	return s.send(3, flags, "")
}

// Release drops a reference and closes the pipe with the last one.
func (s *Support) Release() uint32 {
	if n := atomic.AddInt32(&s.refs, -1); n > 0 {
		return uint32(n)
	}
	s.conn.Close()
	return 0
}
`

// comSysinfo gathers what the provider logs at start-up, with every other
// library: both WMI packages, WinRT, lxn/win's OLE and x/sys/windows.
const comSysinfo = `// Package sysinfo describes the machine the provider runs on.
package sysinfo

import (
	"fmt"
	"strings"
	"unsafe"

	sewmi "github.com/StackExchange/wmi"
	"github.com/lxn/win"
	"github.com/saltosystems/winrt-go/windows/devices/bluetooth/advertisement"
	"github.com/saltosystems/winrt-go/windows/storage/streams"
	"github.com/yusufpapurcu/wmi"
	"golang.org/x/sys/windows"
	"golang.org/x/sys/windows/registry"
)

// Process is a row of Win32_Process.
type Process struct {
	Name            string
	ProcessID       uint32
	ThreadCount     uint32
	WorkingSetSize  uint64
	CommandLine     *string
}

// OperatingSystem is a row of Win32_OperatingSystem.
type OperatingSystem struct {
	Caption     string
	Version     string
	BuildNumber string
}

// Outlooks lists the running Outlook processes (yusufpapurcu/wmi).
func Outlooks() ([]Process, error) {
	var procs []Process
	q := wmi.CreateQuery(&procs, "WHERE Name = 'OUTLOOK.EXE'")
	if err := wmi.Query(q, &procs); err != nil {
		return nil, err
	}
	return procs, nil
}

// OS describes the operating system (StackExchange/wmi).
func OS() (string, error) {
	var rows []OperatingSystem
	if err := sewmi.Query(sewmi.CreateQuery(&rows, ""), &rows); err != nil {
		return "", err
	}
	if len(rows) == 0 {
		return "", fmt.Errorf("sysinfo: no Win32_OperatingSystem row")
	}
	return rows[0].Caption + " " + rows[0].Version + " build " + rows[0].BuildNumber, nil
}

// MAPIDLL reads the registered MAPI DLL (x/sys/windows/registry).
func MAPIDLL() (string, error) {
	k, err := registry.OpenKey(registry.LOCAL_MACHINE, ` + "`" + `SOFTWARE\Clients\Mail\Microsoft Outlook` + "`" + `, registry.QUERY_VALUE)
	if err != nil {
		return "", err
	}
	defer k.Close()
	dll, _, err := k.GetStringValue("DLLPathEx")
	return dll, err
}

// Version is the Windows version (x/sys/windows).
func Version() string {
	v := windows.RtlGetVersion()
	return fmt.Sprintf("%d.%d.%d", v.MajorVersion, v.MinorVersion, v.BuildNumber)
}

// HasBrowserControl tells whether the WebBrowser OLE control can be
// created in process (lxn/win).
func HasBrowserControl() bool {
	if hr := win.OleInitialize(); win.FAILED(hr) {
		return false
	}
	defer win.OleUninitialize()
	var p unsafe.Pointer
	hr := win.CoCreateInstance(&win.CLSID_WebBrowser, nil, win.CLSCTX_INPROC_SERVER, &win.IID_IOleObject, &p)
	if win.FAILED(hr) {
		return false
	}
	obj := (*win.IOleObject)(p)
	obj.Close(win.OLECLOSE_NOSAVE)
	obj.Release()
	return true
}

// BluetoothScan starts and stops a BLE advertisement watcher and makes a
// WinRT buffer (winrt-go); it reports which of them worked.
func BluetoothScan() string {
	var parts []string
	if w, err := advertisement.NewBluetoothLEAdvertisementWatcher(); err == nil {
		if err := w.Start(); err == nil {
			status, _ := w.GetStatus()
			parts = append(parts, fmt.Sprintf("watcher %d", status))
			_ = w.Stop()
		}
		w.Release()
	}
	if b, err := streams.BufferCreate(1024); err == nil {
		n, _ := b.GetCapacity()
		parts = append(parts, fmt.Sprintf("buffer %d", n))
		b.Release()
	}
	return strings.Join(parts, ", ")
}
`

// comMain is the provider's host program: it calls wmi.Query (through
// sysinfo), opens the store over the transport pipe and an Automation
// folder, and releases it.
const comMain = `// Command provider hosts the COM store for a manual test.
package main

import (
	"log"
	"time"

	"github.com/go-ole/go-ole"
	"github.com/yusufpapurcu/wmi"

	"bench.example/comprov/comstore"
	"bench.example/comprov/mapi"
	"bench.example/comprov/sysinfo"
	"bench.example/comprov/transport"
)

type service struct {
	Name    string
	State   string
	Started bool
}

func main() {
	if err := ole.CoInitializeEx(0, ole.COINIT_MULTITHREADED); err != nil {
		log.Fatal(err)
	}
	defer ole.CoUninitialize()

	var spooler []service
	if err := wmi.Query("SELECT Name, State, Started FROM Win32_Service WHERE Name = 'Spooler'", &spooler); err != nil {
		log.Fatal(err)
	}
	log.Printf("spooler: %+v", spooler)
	if procs, err := sysinfo.Outlooks(); err == nil {
		log.Printf("%d Outlook processes", len(procs))
	}
	osName, _ := sysinfo.OS()
	dll, _ := sysinfo.MAPIDLL()
	log.Printf("%s (%s), MAPI %s, browser control %v, bluetooth %s",
		osName, sysinfo.Version(), dll, sysinfo.HasBrowserControl(), sysinfo.BluetoothScan())

	sup, err := transport.Dial(2 * time.Second)
	if err != nil {
		log.Fatal(err)
	}
	store := comstore.NewComStore(sup, "bench")
	if _, err := store.OpenFolder("Inbox", comstore.OpenDispatch("Outlook.Application")); err != nil {
		log.Print(err)
	}
	flags := uint32(mapi.LOGOFF_ORDERLY)
	if err := store.StoreLogoff(&flags); err != nil {
		log.Print(err)
	}
	store.Release()
}
`

// genCom writes the COM provider module into dir and resolves its
// requirements (go mod tidy, GOOS=windows): this needs the module proxy,
// or a module cache that already holds the fixed versions. mapilint must
// report nothing on it.
func genCom(dir string) error {
	var mod strings.Builder
	mod.WriteString("module " + comModule + "\n\ngo 1.26.0\n\nrequire (\n")
	for _, r := range comRequire {
		fmt.Fprintf(&mod, "\t%s %s\n", r.path, r.version)
	}
	mod.WriteString(")\n")
	var store bytes.Buffer
	if err := denseTmpl.Execute(&store, comStoreParams); err != nil {
		return err
	}
	files := map[string]string{
		"go.mod":                 mod.String(),
		"mapi/mapi.go":           denseMapi,
		"comstore/comstore.go":   strings.ReplaceAll(store.String(), denseModule, comModule),
		"comstore/dispatch.go":   comDispatch,
		"transport/transport.go": comTransport,
		"sysinfo/sysinfo.go":     comSysinfo,
		"cmd/provider/main.go":   comMain,
	}
	for rel, content := range files {
		if err := writeFile(dir, rel, content); err != nil {
			return err
		}
	}
	// tidy keeps the fixed versions (they are the minimum) and adds the
	// indirect requirements and go.sum.
	cmd := exec.Command("go", "mod", "tidy")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), append([]string{"GOWORK=off", "GOFLAGS=-mod=mod"}, comEnv...)...)
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go mod tidy in the COM module: %v\n%s", err, out)
	}
	// The versions must be the fixed ones, not ones MVS raised.
	for _, r := range comRequire {
		cmd := exec.Command("go", "list", "-m", "-f", "{{.Version}}", r.path)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOWORK=off")
		out, err := cmd.Output()
		if err != nil {
			return fmt.Errorf("go list -m %s in the COM module: %v", r.path, err)
		}
		if got := strings.TrimSpace(string(out)); got != r.version {
			return fmt.Errorf("COM module: %s resolved to %s, not the fixed %s", r.path, got, r.version)
		}
	}
	return nil
}
