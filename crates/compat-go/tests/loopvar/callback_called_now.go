// A callback kept in a variable declared before the loop, set and called
// in every iteration, never after.
// held-out: round 3, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

func main() {
	var cb func() string
	var out []string
	// want: go-loopvar-heap-alloc v -- cb is overwritten and called in each iteration
	for _, v := range []string{"x", "y"} {
		cb = func() string { return "cb " + v }
		out = append(out, cb())
	}
	fmt.Println(out)
}
