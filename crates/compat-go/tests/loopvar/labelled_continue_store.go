// Groups kept by pointer unless a member is disabled (labelled continue
// skips the store).
// held-out: round 5, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

type group struct {
	name    string
	members []string
}

func main() {
	groups := []group{{"ops", []string{"ann", "bob"}}, {"dev", []string{"-cy"}}, {"qa", []string{"dee"}}}
	var kept []*group
outer:
	// want: go-loopvar-semantics-change g certain -- &g appended, read after the loop
	for _, g := range groups {
		// want: none -- m is only compared
		for _, m := range g.members {
			if m[0] == '-' {
				continue outer
			}
		}
		kept = append(kept, &g)
	}
	for _, g := range kept {
		fmt.Println(g.name)
	}
}
