// A producer that offers work as closures on a buffered channel in a
// select with a default, consumed after the loop.
// held-out: round 8, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

func main() {
	work := make(chan func() string, 8)
	dropped := 0
	// want: go-loopvar-semantics-change job likely -- the closures run after the loop
	for _, job := range []string{"resize", "encode", "upload"} {
		select {
		case work <- func() string { return "done " + job }:
		default:
			dropped++
		}
	}
	close(work)
	for f := range work {
		fmt.Println(f())
	}
	fmt.Println("dropped", dropped)
}
