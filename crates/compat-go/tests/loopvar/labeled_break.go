// A labeled break right after the store leaves both loops.
package main

import "fmt"

func main() {
	grid := [][]int{{1, 2}, {3, 4}}
	var hit *int
outer:
	// want: none -- row is only read
	for _, row := range grid {
		// want: go-loopvar-heap-alloc cell -- break outer follows the store at once
		for _, cell := range row {
			if cell == 3 {
				hit = &cell
				break outer
			}
		}
	}
	fmt.Println(*hit)
}
