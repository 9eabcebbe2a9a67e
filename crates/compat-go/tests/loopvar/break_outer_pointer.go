// A search over a grid that keeps a pointer to the matching row and
// breaks out of both loops: the row variable is not assigned again.
// held-out: round 5, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

func main() {
	grid := [][]int{{1, 2}, {3, 4}, {5, 6}}
	var found *[]int
search:
	// want: go-loopvar-heap-alloc row -- &row escapes, but break search ends the loop
	for _, row := range grid {
		// want: none -- c is only compared
		for _, c := range row {
			if c == 4 {
				found = &row
				break search
			}
		}
	}
	fmt.Println(*found)
}
