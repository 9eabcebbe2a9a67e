// Deltas between consecutive readings computed through a pointer to the
// previous iteration's range variable.
// held-out: round 8, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

func main() {
	var prev *int
	var deltas []int
	// want: go-loopvar-semantics-change r likely -- prev = &r is read in the next iteration
	for _, r := range []int{10, 13, 19, 20} {
		if prev != nil {
			deltas = append(deltas, r-*prev)
		}
		prev = &r
	}
	fmt.Println(deltas)
}
