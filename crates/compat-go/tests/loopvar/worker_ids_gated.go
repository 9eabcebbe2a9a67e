// A worker pool whose workers block on a start signal and then report
// their id.
// held-out: round 8, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	start := make(chan struct{})
	var (
		mu  sync.Mutex
		ids []int
		wg  sync.WaitGroup
	)
	// want: go-loopvar-semantics-change id likely -- the workers read id after the loop
	for id := 0; id < 4; id++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			mu.Lock()
			ids = append(ids, id)
			mu.Unlock()
		}()
	}
	close(start)
	wg.Wait()
	sort.Ints(ids)
	fmt.Println(ids)
}
