// A slice of callbacks declared before the loop but reset and drained in
// every iteration: nothing survives the iteration.
// held-out: round 1, written before compat ran on it; compat's first verdict: false alarm (certain)
package main

import "fmt"

func main() {
	var pending []func() string
	var out []string
	// want: go-loopvar-heap-alloc v -- pending is emptied and run within each iteration: only the allocation changes
	for _, v := range []string{"a", "b", "c"} {
		pending = pending[:0]
		pending = append(pending, func() string { return "cb " + v })
		for _, f := range pending {
			out = append(out, f())
		}
	}
	fmt.Println(out)
}
