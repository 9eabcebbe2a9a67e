// A store after a continue is skipped in some iterations.
package main

import "fmt"

func main() {
	var lastPositive *int
	// want: go-loopvar-semantics-change x likely -- continue skips the store for negatives
	for _, x := range []int{4, 9, -1} {
		if x < 0 {
			continue
		}
		lastPositive = &x
	}
	fmt.Println(*lastPositive)
}
