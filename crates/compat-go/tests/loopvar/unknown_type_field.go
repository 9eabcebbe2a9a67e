// The address of a field of a loop variable whose type the file does not
// say (the slice comes from a function value).
package main

import "fmt"

type entry struct{ n int }

var load = func() []entry { return []entry{{1}, {2}, {3}} }

func main() {
	var ns []*int
	// want: go-loopvar-semantics-change e possible -- &e.n takes &e only if e is not a pointer
	for _, e := range load() {
		ns = append(ns, &e.n)
	}
	for _, n := range ns {
		fmt.Print(*n, " ")
	}
	fmt.Println()
}
