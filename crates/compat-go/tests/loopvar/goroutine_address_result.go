// Goroutines computing from the loop variable's address, their results
// drained after the loop.
// held-out: round 6, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"sort"
)

type item struct{ price, qty int }

func total(it *item) int { return it.price * it.qty }

func main() {
	results := make(chan int, 3)
	gate := make(chan struct{})
	// want: go-loopvar-semantics-change it likely -- the goroutines read &it after the loop
	for _, it := range []item{{2, 3}, {5, 1}, {4, 4}} {
		go func() {
			<-gate
			results <- total(&it)
		}()
	}
	close(gate)
	got := []int{<-results, <-results, <-results}
	sort.Ints(got)
	fmt.Println(got)
}
