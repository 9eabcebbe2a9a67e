// The address of a field of a struct loop variable, kept after the loop.
package main

import "fmt"

type counter struct {
	name string
	hits int
}

func main() {
	cs := []counter{{"a", 1}, {"b", 2}, {"c", 3}}
	var hits []*int
	// want: go-loopvar-semantics-change c certain -- &c.hits is &c plus an offset
	for _, c := range cs {
		hits = append(hits, &c.hits)
	}
	for _, h := range hits {
		fmt.Print(*h, " ")
	}
	fmt.Println()
}
