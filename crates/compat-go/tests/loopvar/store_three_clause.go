// A pointer to a three-clause variable kept after the loop: go1.21 sees
// the value after the last i++.
package main

import "fmt"

func main() {
	var last *int
	// want: go-loopvar-semantics-change i likely -- the post statement changes the shared i after the store
	for i := 0; i < 3; i++ {
		last = &i
	}
	fmt.Println(*last)
}
