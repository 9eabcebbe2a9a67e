// sort.Slice's less function reads the loop variable: it runs within the
// iteration.
// held-out: round 5, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"sort"
)

func main() {
	xs := []int{3, 1, 2}
	var orders [][]int
	// want: none -- sort.Slice calls the closure before it returns
	for _, sign := range []int{1, -1} {
		c := append([]int(nil), xs...)
		sort.Slice(c, func(i, j int) bool { return sign*c[i] < sign*c[j] })
		orders = append(orders, c)
	}
	fmt.Println(orders)
}
