package main

/*
#include <stdint.h>
*/
import "C"

// Version 2 drops the Version export.

//export Add
func Add(a, b C.int) C.int { return a + b }

func notExported() int { return 2 }

func main() { _ = notExported() }
