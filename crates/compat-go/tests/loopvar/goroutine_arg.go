// Goroutines that receive the loop variable as an argument, joined after
// the loop.
// held-out: round 5, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"sort"
	"sync"
)

type shard struct{ id int }

func main() {
	var (
		wg  sync.WaitGroup
		mu  sync.Mutex
		got []int
	)
	gate := make(chan struct{})
	// want: none -- the goroutine reads its parameter s
	for _, s := range []shard{{1}, {2}, {3}} {
		wg.Add(1)
		go func(s shard) {
			defer wg.Done()
			<-gate
			mu.Lock()
			got = append(got, s.id)
			mu.Unlock()
		}(s)
	}
	close(gate)
	wg.Wait()
	sort.Ints(got)
	fmt.Println(got)
}
