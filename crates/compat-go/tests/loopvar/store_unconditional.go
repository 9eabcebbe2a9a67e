// The address stored in every iteration: after the loop both versions
// refer to the last element; only the allocation changes.
package main

import "fmt"

type rec struct{ id int }

func main() {
	var last *rec
	// want: go-loopvar-heap-alloc r -- overwritten in every iteration, never read in the loop
	for _, r := range []rec{{1}, {2}, {3}} {
		last = &r
	}
	fmt.Println(last.id)
}
