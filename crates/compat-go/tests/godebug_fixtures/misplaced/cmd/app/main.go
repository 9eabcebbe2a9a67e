// Command app sets panicnil too late.
package main

//go:debug panicnil=1

import "example.com/misplaced/lib"

func main() { lib.Run() }
