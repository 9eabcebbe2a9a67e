// Find the first matching record and keep its address; the loop breaks
// right after.
// held-out: round 8, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

type rec struct {
	id    int
	owner string
}

func main() {
	recs := []rec{{1, "ada"}, {2, "bob"}, {3, "bob"}}
	var match *rec
	// want: go-loopvar-heap-alloc r -- the loop breaks after taking &r (&r still moves r to the heap)
	for _, r := range recs {
		if r.owner == "bob" {
			match = &r
			break
		}
	}
	fmt.Println(match.id)
}
