// A slice of closures declared outside the loop but emptied at the top of
// every iteration and drained before it ends.
// held-out: round 6, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

func main() {
	var pending []func() string
	// want: go-loopvar-heap-alloc row -- pending is emptied and drained within each iteration; the closure escapes into it (written "none" before compat ran; an allocation finding, not a behaviour one)
	for _, row := range []string{"r1", "r2"} {
		pending = pending[:0]
		pending = append(pending, func() string { return "flush " + row })
		for _, p := range pending {
			fmt.Println(p())
		}
	}
}
