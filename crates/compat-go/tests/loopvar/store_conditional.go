// The address of the last odd element, kept in a variable declared before
// the loop: go1.21's shared variable then holds the last element instead.
package main

import "fmt"

func main() {
	var lastOdd *int
	// want: go-loopvar-semantics-change v likely -- stored in some iterations only
	for _, v := range []int{1, 3, 4} {
		if v%2 == 1 {
			lastOdd = &v
		}
	}
	fmt.Println(*lastOdd)
}
