// oracle: go1.22-only -- range over an int does not compile at go 1.21; the ground truth is the same program with `for i := 0; i < 3; i++` (it prints [3 3 3] at go 1.21 and [0 1 2] at go 1.22)
// Range-over-int workers started on goroutines joined after the loop.
// held-out: round 5, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var res []int
	gate := make(chan struct{})
	var mu sync.Mutex
	// want: go-loopvar-semantics-change i likely -- the goroutines read i after the loop
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-gate
			mu.Lock()
			res = append(res, i)
			mu.Unlock()
		}()
	}
	close(gate)
	wg.Wait()
	sort.Ints(res)
	fmt.Println(res)
}
