// Messages ranged from a channel, each handled on a goroutine joined
// after the loop.
// held-out: round 5, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	in := make(chan string, 3)
	in <- "x"
	in <- "y"
	in <- "z"
	close(in)
	var (
		wg  sync.WaitGroup
		mu  sync.Mutex
		got []string
	)
	gate := make(chan struct{})
	// want: go-loopvar-semantics-change msg likely -- the goroutines run after the loop
	for msg := range in {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-gate
			mu.Lock()
			got = append(got, msg)
			mu.Unlock()
		}()
	}
	close(gate)
	wg.Wait()
	sort.Strings(got)
	fmt.Println(got)
}
