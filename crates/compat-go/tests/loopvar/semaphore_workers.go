// Bounded concurrency with a semaphore channel: the receive that frees
// a slot is inside the goroutine, so nothing joins it in the iteration.
// held-out: round 6, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	sem := make(chan struct{}, 3)
	gate := make(chan struct{})
	var (
		wg  sync.WaitGroup
		mu  sync.Mutex
		got []string
	)
	// want: go-loopvar-semantics-change u likely -- the goroutines run after the loop; <-sem is theirs
	for _, u := range []string{"u1", "u2", "u3"} {
		sem <- struct{}{}
		wg.Add(1)
		go func() {
			defer func() { <-sem }()
			defer wg.Done()
			<-gate
			mu.Lock()
			got = append(got, u)
			mu.Unlock()
		}()
	}
	close(gate)
	wg.Wait()
	sort.Strings(got)
	fmt.Println(got)
}
