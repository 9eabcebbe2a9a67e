package main

/*
#include <stdint.h>
*/
import "C"

//export Add
func Add(a, b C.int) C.int { return a + b }

//export Version
func Version() C.int { return 1 }

// notExported has no //export line: cgo does not export it.
func notExported() int { return 2 }

func main() { _ = notExported() }
