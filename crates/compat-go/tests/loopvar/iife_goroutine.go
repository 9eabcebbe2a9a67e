// A goroutine started inside a function literal called in the iteration;
// the goroutine itself is joined only after the loop.
// held-out: round 6, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var (
		wg  sync.WaitGroup
		mu  sync.Mutex
		got []int
	)
	gate := make(chan struct{})
	// want: go-loopvar-semantics-change id likely -- the goroutine started by the literal outlives the iteration
	for _, id := range []int{4, 5, 6} {
		func() {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-gate
				mu.Lock()
				got = append(got, id)
				mu.Unlock()
			}()
		}()
	}
	close(gate)
	wg.Wait()
	sort.Ints(got)
	fmt.Println(got)
}
