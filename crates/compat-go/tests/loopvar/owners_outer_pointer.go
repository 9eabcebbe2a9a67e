// Nested loops: the inner loop maps each member to the address of the
// outer range variable.
// held-out: round 8, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

type team struct {
	name    string
	members []string
}

func main() {
	teams := []team{{"core", []string{"ada", "bob"}}, {"web", []string{"cy"}}}
	owners := map[string]*team{}
	// want: go-loopvar-semantics-change t certain -- owners keeps &t
	for _, t := range teams {
		// want: none -- m is a map key, read in its iteration
		for _, m := range t.members {
			owners[m] = &t
		}
	}
	for _, m := range []string{"ada", "bob", "cy"} {
		fmt.Println(m, owners[m].name)
	}
}
