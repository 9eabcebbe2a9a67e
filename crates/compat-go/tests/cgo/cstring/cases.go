package main

/*
#include <stdlib.h>
#include <string.h>

static size_t use(const char *s) { return strlen(s); }
static size_t use_bytes(const void *p, size_t n) { (void)p; return n; }
// volatile, or the compiler drops the store and LeakSanitizer sees a leak.
static const char *volatile kept;
static void keep(const char *s) { kept = s; }
// take frees what it gets: the fixtures test runs compat with
// takes_ownership = ["take"].
static void take(char *s) { free(s); }
*/
import "C"

import (
	"errors"
	"unsafe"
)

var cases = map[string]func(){
	"plainLeak":        func() { plainLeak("a") },
	"earlyReturn":      func() { earlyReturn("") },
	"errorPath":        func() { errorPath("bad") },
	"loopLeak":         func() { loopLeak([]string{"a", "b"}) },
	"oneBranch":        func() { oneBranch("a", false) },
	"direct":           func() { direct("a") },
	"overwrite":        func() { overwrite("a", "b") },
	"bytesLeak":        func() { bytesLeak([]byte("ab")) },
	"bytesEarly":       func() { bytesEarly([]byte{0, 1}) },
	"breakSkipsFree":   func() { breakSkipsFree([]string{"stop"}) },
	"continueSkips":    func() { continueSkips([]string{"", "a"}) },
	"borrowedByHelper": func() { borrowedByHelper("a") },
	"keptByC":          func() { keptByC("a") },
	"discarded":        func() { discarded("a") },
	"deferFree":        func() { deferFree("a") },
	"freedEverywhere":  func() { freedEverywhere("") },
	"returned":         func() { C.free(unsafe.Pointer(returned("a"))) },
	"stored":           func() { stored("a").close() },
	"global":           func() { global("a"); C.free(unsafe.Pointer(lastName)); lastName = nil },
	"ownedByC":         func() { ownedByC("a") },
	"helperFrees":      func() { helperFrees("a") },
	"closureFrees":     func() { closureFrees("a") },
	"loopFrees":        func() { loopFrees([]string{"a", "b"}) },
	"bothBranches":     func() { bothBranches("a", true); bothBranches("a", false) },
	"bytesDefer":       func() { bytesDefer([]byte("ab")) },
	"alias":            func() { alias("a") },
	"panics":           func() { panics("a") },
	"loopDefer":        func() { loopDefer([]string{"a", "b"}) },
	"switchFrees":      func() { switchFrees(1); switchFrees(2); switchFrees(3) },
	"bytesDirect":      func() { bytesDirect([]byte("ab")) },
	"bytesReturned":    func() { C.free(bytesReturned([]byte("ab"))) },
	"bytesBranches":    func() { bytesBranches([]byte("ab")); bytesBranches(nil) },
}

// ---- leaks ----

func plainLeak(s string) {
	cs := C.CString(s) // want: go-cgo-cstring-not-freed (never freed; C.use only reads it)
	C.use(cs)
}

func earlyReturn(s string) int {
	cs := C.CString(s) // want: go-cgo-cstring-not-freed (the early return for "" skips the free)
	if s == "" {
		return 0
	}
	n := int(C.use(cs))
	C.free(unsafe.Pointer(cs))
	return n
}

func validate(s string) error {
	if s == "bad" {
		return errors.New("bad input")
	}
	return nil
}

func errorPath(s string) error {
	cs := C.CString(s) // want: go-cgo-cstring-not-freed (the error return comes before the defer)
	if err := validate(s); err != nil {
		return err
	}
	defer C.free(unsafe.Pointer(cs))
	C.use(cs)
	return nil
}

func loopLeak(names []string) {
	for _, n := range names {
		cs := C.CString(n) // want: go-cgo-cstring-not-freed (each iteration loses its copy)
		C.use(cs)
	}
}

func oneBranch(s string, free bool) {
	cs := C.CString(s) // want: go-cgo-cstring-not-freed (freed only when free is true)
	C.use(cs)
	if free {
		C.free(unsafe.Pointer(cs))
	}
}

func direct(s string) {
	C.use(C.CString(s)) // want: go-cgo-cstring-not-freed (passed straight to C, never freed)
}

func overwrite(a, b string) {
	cs := C.CString(a) // want: go-cgo-cstring-not-freed (cs is assigned again before any free)
	C.use(cs)
	cs = C.CString(b)
	defer C.free(unsafe.Pointer(cs))
	C.use(cs)
}

func bytesLeak(b []byte) {
	p := C.CBytes(b) // want: go-cgo-cbytes-not-freed (never freed)
	C.use_bytes(p, C.size_t(len(b)))
}

func bytesEarly(b []byte) {
	p := C.CBytes(b) // want: go-cgo-cbytes-not-freed (the return for a leading zero skips the free)
	if b[0] == 0 {
		return
	}
	C.use_bytes(p, C.size_t(len(b)))
	C.free(p)
}

func bytesDirect(b []byte) {
	C.use_bytes(C.CBytes(b), C.size_t(len(b))) // want: go-cgo-cbytes-not-freed (passed straight to C, never freed)
}

func breakSkipsFree(items []string) {
	for _, it := range items {
		cs := C.CString(it) // want: go-cgo-cstring-not-freed (the break leaves the loop before the free)
		if it == "stop" {
			break
		}
		C.use(cs)
		C.free(unsafe.Pointer(cs))
	}
}

func continueSkips(items []string) {
	for _, it := range items {
		cs := C.CString(it) // want: go-cgo-cstring-not-freed (the continue skips the free)
		if it == "" {
			continue
		}
		C.use(cs)
		C.free(unsafe.Pointer(cs))
	}
}

// readOnly reads its argument and keeps nothing: a C.CString passed to it
// is still the caller's to free.
func readOnly(p *C.char) C.size_t {
	return C.use(p)
}

func borrowedByHelper(s string) {
	readOnly(C.CString(s)) // want: go-cgo-cstring-not-freed (readOnly does not free its argument)
}

// lsan: reachable (C.keep stores the pointer in a C global, so
// LeakSanitizer sees it referenced; compat cannot read C and says "unless
// C.keep takes ownership")
func keptByC(s string) {
	cs := C.CString(s) // want: go-cgo-cstring-not-freed (passed to C.keep, never freed)
	C.keep(cs)
}

func discarded(s string) {
	_ = C.CString(s) // want: go-cgo-cstring-not-freed (assigned to _)
}

// ---- correct ----

func deferFree(s string) {
	cs := C.CString(s) // want: !go-cgo-cstring-not-freed (defer frees it on every path, panics included)
	defer C.free(unsafe.Pointer(cs))
	if s == "" {
		return
	}
	C.use(cs)
}

func freedEverywhere(s string) int {
	cs := C.CString(s) // want: !go-cgo-cstring-not-freed (every return frees it first)
	if s == "" {
		C.free(unsafe.Pointer(cs))
		return 0
	}
	n := int(C.use(cs))
	C.free(unsafe.Pointer(cs))
	return n
}

func returned(s string) *C.char {
	return C.CString(s) // want: !go-cgo-cstring-not-freed (returned: the caller owns it)
}

type handle struct {
	name *C.char
}

func (h *handle) close() {
	C.free(unsafe.Pointer(h.name))
}

func stored(s string) *handle {
	h := &handle{}
	h.name = C.CString(s) // want: !go-cgo-cstring-not-freed (stored in a field: the handle owns it)
	return h
}

var lastName *C.char

func global(s string) {
	lastName = C.CString(s) // want: !go-cgo-cstring-not-freed (stored in a package variable)
}

func ownedByC(s string) {
	C.take(C.CString(s)) // want: !go-cgo-cstring-not-freed (C.take is declared to take ownership)
}

func freeCString(p *C.char) {
	C.free(unsafe.Pointer(p))
}

func helperFrees(s string) {
	cs := C.CString(s) // want: !go-cgo-cstring-not-freed (freeCString frees its argument, deferred)
	defer freeCString(cs)
	C.use(cs)
}

func closureFrees(s string) {
	cs := C.CString(s) // want: !go-cgo-cstring-not-freed (the deferred closure frees it)
	defer func() {
		C.free(unsafe.Pointer(cs))
	}()
	C.use(cs)
}

func loopFrees(names []string) {
	for _, n := range names {
		cs := C.CString(n) // want: !go-cgo-cstring-not-freed (freed in every iteration)
		C.use(cs)
		C.free(unsafe.Pointer(cs))
	}
}

func bothBranches(s string, early bool) {
	cs := C.CString(s) // want: !go-cgo-cstring-not-freed (both branches free it)
	if early {
		C.free(unsafe.Pointer(cs))
	} else {
		C.use(cs)
		C.free(unsafe.Pointer(cs))
	}
}

func bytesDefer(b []byte) {
	p := C.CBytes(b) // want: !go-cgo-cbytes-not-freed (deferred free)
	defer C.free(p)
	C.use_bytes(p, C.size_t(len(b)))
}

func alias(s string) {
	cs := C.CString(s) // want: !go-cgo-cstring-not-freed (freed through the unsafe.Pointer alias)
	p := unsafe.Pointer(cs)
	C.use(cs)
	C.free(p)
}

func panics(s string) {
	cs := C.CString(s) // want: !go-cgo-cstring-not-freed (the only path without a free panics; a panic is not an exit compat reports)
	if s == "" {
		panic("empty name")
	}
	C.use(cs)
	C.free(unsafe.Pointer(cs))
}

func loopDefer(names []string) {
	for _, n := range names {
		cs := C.CString(n) // want: !go-cgo-cstring-not-freed (each deferred free runs when the function returns)
		defer C.free(unsafe.Pointer(cs))
		C.use(cs)
	}
}

func switchFrees(k int) {
	cs := C.CString("k") // want: !go-cgo-cstring-not-freed (every case frees it, and the default too)
	switch k {
	case 1:
		C.free(unsafe.Pointer(cs))
	case 2:
		C.use(cs)
		C.free(unsafe.Pointer(cs))
	default:
		C.free(unsafe.Pointer(cs))
	}
}

func bytesReturned(b []byte) unsafe.Pointer {
	p := C.CBytes(b) // want: !go-cgo-cbytes-not-freed (returned: the caller frees it)
	return p
}

func bytesBranches(b []byte) {
	p := C.CBytes(b) // want: !go-cgo-cbytes-not-freed (freed on both paths)
	if len(b) == 0 {
		C.free(p)
		return
	}
	C.use_bytes(p, C.size_t(len(b)))
	C.free(p)
}
