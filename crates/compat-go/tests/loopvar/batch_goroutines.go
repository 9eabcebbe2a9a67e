// Batches processed one after the other: the goroutines of a batch are
// started by an inner loop and joined by receives after it, in the batch's
// iteration.
// held-out: round 5, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"sort"
)

func main() {
	batches := [][]int{{1, 2}, {3, 4, 5}}
	// want: none -- batch's goroutines are joined in its iteration
	for _, batch := range batches {
		out := make(chan int)
		gate := make(chan struct{})
		// want: go-loopvar-semantics-change item likely -- the goroutines run after the inner loop
		for _, item := range batch {
			go func() {
				<-gate
				out <- item * len(batch)
			}()
		}
		close(gate)
		var got []int
		for range batch {
			got = append(got, <-out)
		}
		sort.Ints(got)
		fmt.Println(got)
	}
}
