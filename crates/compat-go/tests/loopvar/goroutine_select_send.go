// Producers started per input, each sending in a select with a
// cancellation case; the values are received after the loop.
// held-out: round 7, written before compat ran on it; compat's first verdict: right
package main

import (
	"context"
	"fmt"
	"sort"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	out := make(chan int)
	gate := make(chan struct{})
	// want: go-loopvar-semantics-change v likely -- the goroutines send v after the loop
	for _, v := range []int{10, 20, 30} {
		go func() {
			<-gate
			select {
			case out <- v:
			case <-ctx.Done():
			}
		}()
	}
	close(gate)
	got := []int{<-out, <-out, <-out}
	sort.Ints(got)
	fmt.Println(got)
}
