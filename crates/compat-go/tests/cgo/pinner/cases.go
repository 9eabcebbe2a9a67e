package main

/*
static void *kept;
static void keep(void *p) { kept = p; }
static void forget(void) { kept = 0; }
static void use(void *p) { (void)p; }
*/
import "C"

import (
	"runtime"
	"unsafe"
)

var cases = map[string]func(){
	"register":        func() { register(make([]byte, 64)) },
	"earlyReturn":     func() { earlyReturn(make([]byte, 8), true) },
	"loopPins":        func() { loopPins([][]byte{make([]byte, 8), make([]byte, 8)}) },
	"oneBranch":       func() { oneBranch(make([]byte, 8), false) },
	"newPinner":       func() { newPinner(new(int)) },
	"errorPath":       func() { _ = errorPath(make([]byte, 8), 0) },
	"deferUnpin":      func() { deferUnpin(make([]byte, 8)) },
	"unpinAtEnd":      func() { unpinAtEnd(make([]byte, 8)) },
	"registerAndKeep": func() { r := registerAndKeep(make([]byte, 8)); C.forget(); r.pin.Unpin() },
	"globalPinner":    func() { globalPinner(make([]byte, 8)); C.forget(); pins.Unpin() },
	"bothBranches":    func() { bothBranches(make([]byte, 8), true); bothBranches(make([]byte, 8), false) },
	"neverPinned":     neverPinned,
	"returnedPinner":  func() { p := returnedPinner(new(int)); p.Unpin() },
	"loopUnpins":      func() { loopUnpins([][]byte{make([]byte, 8), make([]byte, 8)}) },
	"deferredClosure": func() { deferredClosure(new(int)) },
}

// The incident: the Pinner dies with the frame while C keeps the pointer.
func register(data []byte) {
	var p runtime.Pinner
	p.Pin(&data[0]) // want: go-cgo-pinner-not-unpinned (p goes out of reach at the end with the pin left)
	C.keep(unsafe.Pointer(&data[0]))
}

func earlyReturn(data []byte, skip bool) {
	var p runtime.Pinner
	p.Pin(&data[0]) // want: go-cgo-pinner-not-unpinned (the early return skips Unpin)
	if skip {
		return
	}
	C.use(unsafe.Pointer(&data[0]))
	p.Unpin()
}

func loopPins(bufs [][]byte) {
	for _, b := range bufs {
		var p runtime.Pinner
		p.Pin(&b[0]) // want: go-cgo-pinner-not-unpinned (each iteration drops a Pinner with its pin)
		C.use(unsafe.Pointer(&b[0]))
	}
}

func oneBranch(data []byte, unpin bool) {
	var p runtime.Pinner
	p.Pin(&data[0]) // want: go-cgo-pinner-not-unpinned (unpinned only when unpin is true)
	C.use(unsafe.Pointer(&data[0]))
	if unpin {
		p.Unpin()
	}
}

func newPinner(v *int) {
	p := new(runtime.Pinner)
	p.Pin(v) // want: go-cgo-pinner-not-unpinned (never unpinned)
	C.use(unsafe.Pointer(v))
}

func check(n int) error {
	if n == 0 {
		return errZero
	}
	return nil
}

type zeroError struct{}

func (zeroError) Error() string { return "zero" }

var errZero error = zeroError{}

func errorPath(data []byte, n int) error {
	var p runtime.Pinner
	p.Pin(&data[0]) // want: go-cgo-pinner-not-unpinned (the error return skips Unpin)
	if err := check(n); err != nil {
		return err
	}
	C.use(unsafe.Pointer(&data[0]))
	p.Unpin()
	return nil
}

// ---- correct ----

func deferUnpin(data []byte) {
	var p runtime.Pinner
	p.Pin(&data[0]) // want: !go-cgo-pinner-not-unpinned (deferred Unpin)
	defer p.Unpin()
	C.use(unsafe.Pointer(&data[0]))
}

func unpinAtEnd(data []byte) {
	var p runtime.Pinner
	p.Pin(&data[0]) // want: !go-cgo-pinner-not-unpinned (the only path unpins)
	C.use(unsafe.Pointer(&data[0]))
	p.Unpin()
}

type registration struct {
	pin  runtime.Pinner
	data []byte
}

func registerAndKeep(data []byte) *registration {
	r := &registration{data: data}
	r.pin.Pin(&data[0]) // want: !go-cgo-pinner-not-unpinned (the Pinner lives in the registration, which the caller keeps)
	C.keep(unsafe.Pointer(&data[0]))
	return r
}

var pins runtime.Pinner

func globalPinner(data []byte) {
	pins.Pin(&data[0]) // want: !go-cgo-pinner-not-unpinned (a package-level Pinner stays reachable)
	C.keep(unsafe.Pointer(&data[0]))
}

func bothBranches(data []byte, early bool) {
	var p runtime.Pinner
	p.Pin(&data[0]) // want: !go-cgo-pinner-not-unpinned (both branches unpin)
	if early {
		p.Unpin()
		return
	}
	C.use(unsafe.Pointer(&data[0]))
	p.Unpin()
}

func neverPinned() {
	var p runtime.Pinner // want: !go-cgo-pinner-not-unpinned (nothing pinned)
	_ = p
}

func returnedPinner(v *int) *runtime.Pinner {
	p := new(runtime.Pinner)
	p.Pin(v) // want: !go-cgo-pinner-not-unpinned (returned: the caller unpins)
	return p
}

func loopUnpins(bufs [][]byte) {
	for _, b := range bufs {
		var p runtime.Pinner
		p.Pin(&b[0]) // want: !go-cgo-pinner-not-unpinned (unpinned in every iteration)
		C.use(unsafe.Pointer(&b[0]))
		p.Unpin()
	}
}

func deferredClosure(v *int) {
	var p runtime.Pinner
	defer func() {
		p.Unpin()
	}()
	p.Pin(v) // want: !go-cgo-pinner-not-unpinned (the deferred closure unpins)
	C.use(unsafe.Pointer(v))
}
