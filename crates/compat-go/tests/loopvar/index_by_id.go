// An index of records by id, kept in a field of a struct declared before
// the loop.
// held-out: round 3, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

type rec struct {
	id   int
	name string
}

type db struct{ byID map[int]*rec }

func main() {
	d := db{byID: map[int]*rec{}}
	// want: go-loopvar-semantics-change r certain -- &r stored in d.byID
	for _, r := range []rec{{1, "one"}, {2, "two"}} {
		d.byID[r.id] = &r
	}
	fmt.Println(d.byID[1].name, d.byID[2].name)
}
