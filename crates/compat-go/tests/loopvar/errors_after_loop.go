// Goroutines report on a channel that is drained only after the loop.
// held-out: round 2, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"sort"
)

func main() {
	items := []string{"a", "bb", "ccc"}
	errs := make(chan string, len(items))
	start := make(chan struct{})
	// want: go-loopvar-semantics-change it likely -- errs is drained after the loop, not in the iteration
	for _, it := range items {
		go func() {
			<-start
			errs <- fmt.Sprint(it, len(it))
		}()
	}
	close(start)
	var got []string
	for range items {
		got = append(got, <-errs)
	}
	sort.Strings(got)
	fmt.Println(got)
}
