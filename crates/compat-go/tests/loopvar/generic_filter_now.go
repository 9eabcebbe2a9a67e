// A generic filter called with a predicate over the loop variable; the
// predicate runs inside the call.
// held-out: round 8, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func main() {
	xs := []int{1, 5, 9, 12, 20}
	var sizes []int
	// want: none -- Filter calls the predicate before it returns
	for _, limit := range []int{4, 10, 15} {
		sizes = append(sizes, len(Filter(xs, func(x int) bool { return x > limit })))
	}
	fmt.Println(sizes)
}
