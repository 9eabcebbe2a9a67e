// The classic "pointer to the best element" bug: &srv kept across
// iterations while the loop goes on looking for a better one.
// held-out: round 5, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

type server struct {
	name   string
	weight int
}

func main() {
	servers := []server{{"a", 3}, {"b", 9}, {"c", 1}}
	var best *server
	// want: go-loopvar-semantics-change srv likely -- best = &srv in some iterations, read after the loop
	for _, srv := range servers {
		if best == nil || srv.weight > best.weight {
			best = &srv
		}
	}
	fmt.Println(best.name, best.weight)
}
