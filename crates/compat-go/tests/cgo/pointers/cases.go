package main

/*
#include <stdlib.h>

struct holder {
	int n;
	int *p;
};

struct pair {
	int *a;
	int *b;
};

struct table {
	int *slots[4];
};

static void use(void *p) { (void)p; }
static void use_int(int *p) { (void)p; }
static void use_holder(struct holder *h) { (void)h; }
static void use_pair(struct pair *p) { (void)p; }
static struct holder *new_holder(void) { return calloc(1, sizeof(struct holder)); }
static struct table *new_table(void) { return calloc(1, sizeof(struct table)); }
*/
import "C"

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"unsafe"
)

var cases = map[string]func(){
	"structWithPointer": structWithPointer,
	"sliceOfPointers":   sliceOfPointers,
	"sliceOfStrings":    sliceOfStrings,
	"paramStruct":       func() { paramStruct(&node{next: &node{}}) },
	"mapAddress":        mapAddress,
	"stringField":       func() { stringField(7) },
	"deferredCheck":     deferredCheck,
	"pinnedOuter":       pinnedOuter,
	"cLiteral":          cLiteral,
	"globalWithPointer": globalWithPointer,
	"scalarStruct":      scalarStruct,
	"byteBuffer":        func() { byteBuffer(make([]byte, 8)) },
	"cMemory":           cMemory,
	"cField":            cField,
	"pinnedElements":    pinnedElements,
	"nilPointerField":   nilPointerField,
	"otherPackage":      otherPackage,
	"stringData":        func() { stringData(strings.Repeat("a", 3)) },
	"globalScalars":     globalScalars,
	"storeField":        storeField,
	"storeUnsafe":       storeUnsafe,
	"storeFromC":        storeFromC,
	"storeCopy":         storeCopy,
	"storeString":       storeString,
	"storePinned":       storePinned,
	"storeCPointer":     storeCPointer,
	"storeGoMemory":     storeGoMemory,
	"storeScalar":       storeScalar,
	"storeGlobal":       storeGlobal,
}

type withPointer struct {
	p *int
	n int
}

type node struct {
	next *node
	v    int
}

type record struct {
	name string
	id   int
}

type scalars struct {
	a, b int64
	f    float64
}

// ---- go-cgo-go-pointer-passed ----

func structWithPointer() {
	x := withPointer{p: new(int), n: 1}
	C.use(unsafe.Pointer(&x)) // want: go-cgo-go-pointer-passed (x.p is a Go pointer)
}

func sliceOfPointers() {
	s := []*int{new(int), new(int)}
	C.use(unsafe.Pointer(&s[0])) // want: go-cgo-go-pointer-passed (the whole backing array holds Go pointers)
}

func sliceOfStrings() {
	s := []string{strings.Repeat("x", 2)}
	C.use(unsafe.Pointer(&s[0])) // want: go-cgo-go-pointer-passed (a string made at run time points to Go memory)
}

func paramStruct(n *node) {
	C.use(unsafe.Pointer(n)) // want: go-cgo-go-pointer-passed (type-based: a node holds a *node)
}

func mapAddress() {
	m := map[int]int{1: 2}
	C.use(unsafe.Pointer(&m)) // want: go-cgo-go-pointer-passed (a map is always Go memory)
}

func stringField(id int) {
	r := record{name: fmt.Sprint("id-", id), id: id}
	C.use(unsafe.Pointer(&r)) // want: go-cgo-go-pointer-passed (r.name is a string made at run time)
}

func deferredCheck() {
	p := &C.struct_pair{}
	defer C.use_pair(p) // want: go-cgo-go-pointer-passed (checked when the function returns, after p.a is set)
	p.a = (*C.int)(unsafe.Pointer(new(int)))
}

func pinnedOuter() {
	var pin runtime.Pinner
	h := &withPointer{p: new(int)}
	pin.Pin(h)
	defer pin.Unpin()
	arr := []*withPointer{h}
	C.use(unsafe.Pointer(&arr[0])) // want: go-cgo-go-pointer-passed (h is pinned, but h.p is not)
}

func cLiteral() {
	C.use_pair(&C.struct_pair{(*C.int)(unsafe.Pointer(new(int))), nil}) // want: go-cgo-go-pointer-passed (the literal's first field is a Go pointer)
}

var registry = []*int{new(int)}

func globalWithPointer() {
	C.use(unsafe.Pointer(&registry)) // want: go-cgo-go-pointer-passed (a package variable holding pointers)
}

// ---- correct forms ----

func scalarStruct() {
	x := scalars{a: 1, b: 2, f: 3}
	C.use(unsafe.Pointer(&x)) // want: !go-cgo-go-pointer-passed (only scalar fields)
}

func byteBuffer(buf []byte) {
	C.use(unsafe.Pointer(&buf[0])) // want: !go-cgo-go-pointer-passed (a []byte holds no pointer)
}

func cMemory() {
	h := (*C.struct_holder)(C.malloc(C.size_t(unsafe.Sizeof(C.struct_holder{}))))
	defer C.free(unsafe.Pointer(h))
	C.use_holder(h) // want: !go-cgo-go-pointer-passed (C memory)
}

func cField() {
	h := &C.struct_holder{n: 1, p: (*C.int)(unsafe.Pointer(new(int)))}
	C.use_int(&h.n) // want: !go-cgo-go-pointer-passed (only the int field is passed)
}

func pinnedElements() {
	var pin runtime.Pinner
	v := new(int)
	pin.Pin(v)
	defer pin.Unpin()
	s := []*int{v}
	C.use(unsafe.Pointer(&s[0])) // want: !go-cgo-go-pointer-passed (the only element is pinned)
}

func nilPointerField() {
	x := withPointer{n: 1}
	C.use(unsafe.Pointer(&x)) // want: !go-cgo-go-pointer-passed (the pointer field is nil here)
}

func otherPackage() {
	var wg sync.WaitGroup
	C.use(unsafe.Pointer(&wg)) // want: !go-cgo-go-pointer-passed (a type of another package: unknown to compat)
}

func stringData(s string) {
	C.use(unsafe.Pointer(unsafe.StringData(s))) // want: !go-cgo-go-pointer-passed (string bytes hold no pointer)
}

var counters [4]C.int

func globalScalars() {
	C.use_int(&counters[0]) // want: !go-cgo-go-pointer-passed (a package variable without pointers)
}

// ---- go-cgo-go-pointer-stored ----

var goInts = make([]C.int, 4)

func storeField() {
	h := (*C.struct_holder)(C.malloc(C.size_t(unsafe.Sizeof(C.struct_holder{}))))
	defer C.free(unsafe.Pointer(h))
	h.p = &goInts[0] // want: go-cgo-go-pointer-stored (Go memory into a C struct)
	C.use_holder(h)
	h.p = nil
}

func storeUnsafe() {
	g := new(int)
	cptr := C.malloc(8)
	defer C.free(cptr)
	*(*unsafe.Pointer)(cptr) = unsafe.Pointer(g) // want: go-cgo-go-pointer-stored (through a converted C pointer)
	C.use(cptr)
	*(*unsafe.Pointer)(cptr) = nil
}

func storeFromC() {
	h := C.new_holder()
	defer C.free(unsafe.Pointer(h))
	h.p = (*C.int)(unsafe.Pointer(new(int))) // want: go-cgo-go-pointer-stored (h is C memory from a C function)
	C.use_holder(h)
	h.p = nil
}

func storeCopy() {
	t := C.new_table()
	defer C.free(unsafe.Pointer(t))
	copy(t.slots[:], []*C.int{(*C.int)(unsafe.Pointer(new(int)))}) // want: go-cgo-go-pointer-stored (copy into C memory)
	t.slots[0] = nil
}

func storeString() {
	p := (*string)(C.malloc(16))
	defer C.free(unsafe.Pointer(p))
	*p = strings.Repeat("s", 2) // want: go-cgo-go-pointer-stored (a Go string into C memory)
	C.use(unsafe.Pointer(p))
	*p = ""
}

func storePinned() {
	var pin runtime.Pinner
	h := C.new_holder()
	defer C.free(unsafe.Pointer(h))
	v := new(C.int)
	pin.Pin(v)
	h.p = v // want: !go-cgo-go-pointer-stored (pinned before the store)
	C.use_holder(h)
	h.p = nil
	pin.Unpin()
}

func storeCPointer() {
	h := C.new_holder()
	defer C.free(unsafe.Pointer(h))
	h.p = (*C.int)(C.malloc(4)) // want: !go-cgo-go-pointer-stored (a C pointer)
	C.free(unsafe.Pointer(h.p))
}

func storeGoMemory() {
	var local C.struct_holder
	local.p = (*C.int)(unsafe.Pointer(new(int))) // want: !go-cgo-go-pointer-stored (local is Go memory)
	_ = local
}

func storeScalar() {
	h := C.new_holder()
	defer C.free(unsafe.Pointer(h))
	h.n = 42 // want: !go-cgo-go-pointer-stored (not a pointer)
}

var counter C.int

func storeGlobal() {
	h := C.new_holder()
	defer C.free(unsafe.Pointer(h))
	h.p = &counter // want: !go-cgo-go-pointer-stored (package variables never move: the runtime counts them as pinned)
	h.p = nil
}
