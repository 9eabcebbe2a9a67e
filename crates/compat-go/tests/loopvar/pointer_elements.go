// Ranging over pointers: &p.n is the address of the pointed-to field.
package main

import "fmt"

type entry struct{ n int }

func main() {
	es := []*entry{{1}, {2}, {3}}
	var ns []*int
	// want: none -- p is a pointer: &p.n does not take &p
	for _, p := range es {
		ns = append(ns, &p.n)
	}
	for _, n := range ns {
		fmt.Print(*n, " ")
	}
	fmt.Println()
}
