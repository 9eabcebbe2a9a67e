// A "previous element" pointer: the next iteration reads it.
package main

import "fmt"

func main() {
	var prev *string
	var pairs []string
	// want: go-loopvar-semantics-change w likely -- prev is read by the next iteration
	for _, w := range []string{"a", "b", "c"} {
		if prev != nil {
			pairs = append(pairs, *prev+w)
		}
		prev = &w
	}
	fmt.Println(pairs)
}
