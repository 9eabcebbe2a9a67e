package main

// A file with //export may declare but not define C functions in its
// preamble: the C callers are in callers.c.

/*
#include <stdlib.h>

struct pair {
	int *a;
	int n;
};
*/
import "C"

import (
	"strings"
	"unsafe"
)

//export retPtr
func retPtr() *C.int { // want: go-cgo-export-returns-go-pointer (new Go memory)
	return (*C.int)(unsafe.Pointer(new(int)))
}

//export retString
func retString() string { // want: go-cgo-export-returns-go-pointer (a string is Go memory)
	return strings.Repeat("s", 2)
}

//export retSlice
func retSlice() []byte { // want: go-cgo-export-returns-go-pointer (a slice is Go memory)
	return make([]byte, 4)
}

//export retUnsafe
func retUnsafe() unsafe.Pointer { // want: go-cgo-export-returns-go-pointer (points into a Go slice)
	b := make([]byte, 8)
	return unsafe.Pointer(&b[0])
}

//export retPair
func retPair() C.struct_pair { // want: go-cgo-export-returns-go-pointer (its field a points to Go memory)
	return C.struct_pair{a: (*C.int)(unsafe.Pointer(new(int))), n: 1}
}

//export retC
func retC() *C.char { // want: !go-cgo-export-returns-go-pointer (C memory; the C caller frees it)
	return C.CString("c")
}

//export retInt
func retInt() C.int { // want: !go-cgo-export-returns-go-pointer (not a pointer)
	return 42
}

//export retMalloc
func retMalloc() unsafe.Pointer { // want: !go-cgo-export-returns-go-pointer (C memory)
	return C.malloc(8)
}

//export retNil
func retNil() *C.int { // want: !go-cgo-export-returns-go-pointer (nil)
	return nil
}

var globalCounter C.int

//export retGlobal
func retGlobal() *C.int { // want: !go-cgo-export-returns-go-pointer (a package variable without pointers never moves)
	return &globalCounter
}

var goBuf = make([]byte, 16)

//export fillGo
func fillGo(out **C.char) {
	*out = (*C.char)(unsafe.Pointer(&goBuf[0])) // want: go-cgo-go-pointer-stored (out points to C's memory)
}

//export fillC
func fillC(out **C.char) {
	*out = C.CString("c") // want: !go-cgo-go-pointer-stored (C memory)
}

//export retNilSlice
func retNilSlice() []byte { // want: !go-cgo-export-returns-go-pointer (only nil)
	return nil
}
