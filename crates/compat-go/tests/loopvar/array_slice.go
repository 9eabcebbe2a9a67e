// Slicing an array loop variable takes its address.
package main

import "fmt"

func main() {
	pairs := [][2]int{{1, 2}, {3, 4}, {5, 6}}
	var views [][]int
	// want: go-loopvar-semantics-change p certain -- p[:] of an array variable keeps &p
	for _, p := range pairs {
		views = append(views, p[:])
	}
	fmt.Println(views)
}
