// A pointer loop variable captured by closures: the closures share the
// variable p itself (not the pointee) up to go1.21.
// held-out: round 5, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

type counter struct {
	name string
	n    int
}

func main() {
	cs := []*counter{{name: "a"}, {name: "b"}}
	var incs []func()
	// want: go-loopvar-semantics-change p certain -- the closures read p after the loop
	for _, p := range cs {
		incs = append(incs, func() { p.n++ })
	}
	for _, f := range incs {
		f()
	}
	fmt.Println(cs[0].n, cs[1].n)
}
