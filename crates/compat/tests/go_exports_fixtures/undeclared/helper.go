package main

/*
// C code of the package in a cgo preamble (a file with //export may only
// declare in its preamble, so the definitions live here). Default visibility:
// the external linker exports both from the shared library.
__attribute__((visibility("default"))) int helper_scale(int x) { return 2 * x; }
__attribute__((visibility("default"))) int helper_count = 7;

// Hidden and static definitions stay out of the dynamic symbol table.
__attribute__((visibility("hidden"))) int helper_hidden(int x) { return x; }
static int helper_static(int x) { return x; }
static int use_static(void) { return helper_static(1); }
*/
import "C"

func helpers() int { return int(C.helper_scale(2)) + int(C.helper_count) + int(C.helper_hidden(1)) + int(C.use_static()) }
var _ = helpers
