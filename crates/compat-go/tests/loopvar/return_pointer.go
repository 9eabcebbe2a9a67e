// Returning &v ends the loop: nothing changes (the compiler leaves it alone).
package main

import "fmt"

type item struct {
	key string
	val int
}

func lookup(items []item, key string) *item {
	// want: none -- returning ends the loop
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
