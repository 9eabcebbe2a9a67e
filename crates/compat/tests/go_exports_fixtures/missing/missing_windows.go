//go:build windows

package main

import "C"

// Missing is declared for export, but this file is excluded from a linux
// build by its constraint (and by its _windows suffix), so the linux library
// does not define it.
//
//export Missing
func Missing() C.int { return 0 }
