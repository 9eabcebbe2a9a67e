// Records indexed by a method of the file that keeps the pointer in a map.
// held-out: round 5, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

type record struct {
	id   int
	name string
}

type index struct{ byID map[int]*record }

func (x *index) add(r *record) { x.byID[r.id] = r }

func main() {
	idx := &index{byID: map[int]*record{}}
	// want: go-loopvar-semantics-change rec likely -- add keeps &rec in idx.byID (written "certain" before compat ran; a reference kept by a function of the file is ranked likely)
	for _, rec := range []record{{1, "one"}, {2, "two"}} {
		idx.add(&rec)
	}
	fmt.Println(idx.byID[1].name, idx.byID[2].name)
}
