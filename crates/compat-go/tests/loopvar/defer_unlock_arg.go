// A deferred call whose argument is the loop variable's address: the
// argument is evaluated at the defer, the call runs at return.
// held-out: round 5, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

type lease struct{ id string }

func release(l *lease) { fmt.Println("release", l.id) }

func acquireAll(leases []lease) {
	// want: go-loopvar-semantics-change l certain -- release(&l) runs at return, after the loop
	for _, l := range leases {
		defer release(&l)
	}
}

func main() {
	acquireAll([]lease{{"x"}, {"y"}, {"z"}})
}
