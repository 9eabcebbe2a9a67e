// Closures over the key of a range over a map (sorted afterwards by
// their results).
// held-out: round 6, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"sort"
)

func main() {
	limits := map[string]int{"cpu": 2, "mem": 4}
	var checks []func() string
	// want: go-loopvar-semantics-change k certain -- the closures are called after the loop
	for k := range limits {
		checks = append(checks, func() string { return fmt.Sprint(k, "=", limits[k]) })
	}
	var out []string
	for _, c := range checks {
		out = append(out, c())
	}
	sort.Strings(out)
	fmt.Println(out)
}
