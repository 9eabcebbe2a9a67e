// A generic helper of the file that appends the closure it is given to a
// slice behind a pointer.
// held-out: round 7, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

func keep[T any](xs *[]func() T, f func() T) { *xs = append(*xs, f) }

func main() {
	var getters []func() string
	// want: go-loopvar-semantics-change s likely -- keep appends the closure to getters
	for _, s := range []string{"x", "y"} {
		keep(&getters, func() string { return s })
	}
	for _, g := range getters {
		fmt.Print(g(), " ")
	}
	fmt.Println()
}
