// A deferred call with the address of a variable declared in the body
// (a copy of the loop variable): per-iteration in every version.
// held-out: round 5, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

type lease struct{ id string }

func release(l *lease) { fmt.Println("release", l.id) }

func acquireAll(ids []string) {
	// want: none -- &l is a body variable; id is only read into it
	for _, id := range ids {
		l := lease{id: id}
		defer release(&l)
	}
}

func main() {
	acquireAll([]string{"x", "y", "z"})
}
