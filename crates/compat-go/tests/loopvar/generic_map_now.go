// A generic map helper of the file that calls the closure before it
// returns.
// held-out: round 7, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

func mapSlice[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	var rows [][]int
	// want: none -- mapSlice runs the closure during the call
	for _, k := range []int{2, 3} {
		rows = append(rows, mapSlice([]int{1, 2}, func(x int) int { return x * k }))
	}
	fmt.Println(rows)
}
