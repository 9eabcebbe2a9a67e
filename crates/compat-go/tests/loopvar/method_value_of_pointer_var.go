// Method values of a pointer loop variable: the method value binds the
// pointer's value, not the variable.
// held-out: round 5, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

type counter struct {
	name string
	n    int
}

func (c *counter) inc() { c.n++ }

func main() {
	cs := []*counter{{name: "a"}, {name: "b"}}
	var incs []func()
	// want: none -- p.inc copies the pointer p
	for _, p := range cs {
		incs = append(incs, p.inc)
	}
	for _, f := range incs {
		f()
	}
	fmt.Println(cs[0].n, cs[1].n)
}
