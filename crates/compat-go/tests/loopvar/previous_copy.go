// Deltas between consecutive readings through a copy of the previous
// value.
// held-out: round 8, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

func main() {
	prev, have := 0, false
	var deltas []int
	// want: none -- prev holds a copy of r
	for _, r := range []int{10, 13, 19, 20} {
		if have {
			deltas = append(deltas, r-prev)
		}
		prev, have = r, true
	}
	fmt.Println(deltas)
}
