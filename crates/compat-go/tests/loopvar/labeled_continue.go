// continue outer after storing a pointer to the outer variable: the outer
// loop goes on, so its variable is overwritten (go1.21); the inner loop ends.
package main

import "fmt"

type group struct {
	name  string
	sizes []int
}

func main() {
	groups := []group{{"a", []int{1, 5}}, {"b", []int{7}}, {"c", []int{2}}}
	var big []*group
	var firstBig []*int
outer:
	// want: go-loopvar-semantics-change g certain -- &g appended each outer iteration
	for _, g := range groups {
		// want: go-loopvar-heap-alloc n -- continue outer ends the inner loop right after
		for _, n := range g.sizes {
			if n > 4 {
				big = append(big, &g)
				firstBig = append(firstBig, &n)
				continue outer
			}
		}
	}
	for i, g := range big {
		fmt.Println(g.name, *firstBig[i])
	}
}
