package main

/*
// Version 2 replaces the exported Go function Value by a C global variable of
// the same name: the symbol changes from FUNC to OBJECT.
int Value = 3;
*/
import "C"

func value() int { return int(C.Value) }
var _ = value
