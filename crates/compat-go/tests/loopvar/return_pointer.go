// Returning &v ends the loop: no later iteration changes it, and the
// compiler leaves the loop alone (it skips references under a return).
package main

import "fmt"

type item struct {
	key string
	val int
}

func lookup(items []item, key string) *item {
	// want: none -- returning ends the loop; the compiler does not transform it (unless the function is inlined)
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
