package main

// This file does not import "C": even a correct //export here is ignored
// (compat go buildtags reports that as go-export-without-cgo).

// want: go-export-directive-ignored (a near miss, in a file without import "C")
// export NoC
func NoC() int32 { return 15 }
