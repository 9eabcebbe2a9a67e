// Found it: the pointer is kept and the loop ends at once.
package main

import "fmt"

type item struct {
	key string
	val int
}

func main() {
	var found *item
	// want: go-loopvar-heap-alloc it -- the loop breaks right after storing &it
	for _, it := range []item{{"a", 1}, {"b", 2}, {"c", 3}} {
		if it.key == "b" {
			found = &it
			break
		}
	}
	fmt.Println(found.val)
}
