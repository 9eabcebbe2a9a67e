// Returning &v ends the loop: no later iteration changes it; only the
// allocation (per iteration from go1.22) changes.
package main

import "fmt"

type item struct {
	key string
	val int
}

func lookup(items []item, key string) *item {
	// want: go-loopvar-heap-alloc it -- returning ends the loop; &it escapes
	for _, it := range items {
		if it.key == key {
			return &it
		}
	}
	return nil
}

func main() {
	fmt.Println(lookup([]item{{"a", 1}, {"b", 2}}, "b").val)
}
