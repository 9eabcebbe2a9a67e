// A struct holding &v, built in a local variable and put in a map.
// held-out: round 4, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"sort"
)

type entry struct{ ref *string }

func main() {
	m := map[int]entry{}
	// want: go-loopvar-semantics-change s certain -- e holds &s and goes into m
	for i, s := range []string{"x", "y", "z"} {
		e := entry{ref: &s}
		m[i] = e
	}
	var out []string
	for _, e := range m {
		out = append(out, *e.ref)
	}
	sort.Strings(out)
	fmt.Println(out)
}
