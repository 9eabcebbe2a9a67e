package main

import "C"

//export Add
func Add(a, b C.int) C.int { return a + b }

// Value is a function in version 1.
//
//export Value
func Value() C.int { return 3 }

func main() {}
