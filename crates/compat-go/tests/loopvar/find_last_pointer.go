// Find the last matching record: the address is taken on every match and
// the loop goes on.
// held-out: round 8, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

type rec struct {
	id    int
	owner string
}

func main() {
	recs := []rec{{1, "ada"}, {2, "bob"}, {3, "cy"}}
	var match *rec
	// want: go-loopvar-semantics-change r likely -- later iterations overwrite r under go1.21
	for _, r := range recs {
		if r.owner == "bob" {
			match = &r
		}
	}
	fmt.Println(match.id)
}
