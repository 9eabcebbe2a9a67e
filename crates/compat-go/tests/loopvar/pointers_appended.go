// Addresses of the loop variable collected in a slice.
package main

import "fmt"

type user struct{ name string }

func main() {
	users := []user{{"ann"}, {"bob"}, {"cy"}}
	var ptrs []*user
	// want: go-loopvar-semantics-change u certain -- &u appended to a slice outside the loop
	for _, u := range users {
		ptrs = append(ptrs, &u)
	}
	for _, p := range ptrs {
		fmt.Println(p.name)
	}
}
