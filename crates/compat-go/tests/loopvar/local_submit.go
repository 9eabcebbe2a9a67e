// A local helper closure starts the goroutines.
// held-out: round 3, written before compat ran on it; compat's first verdict: missed it (heap-alloc)
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var (
		mu  sync.Mutex
		wg  sync.WaitGroup
		got []int
	)
	submit := func(f func()) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			f()
		}()
	}
	start := make(chan struct{})
	// want: go-loopvar-semantics-change n likely -- submit runs f on a goroutine
	for _, n := range []int{4, 5, 6} {
		submit(func() {
			<-start
			mu.Lock()
			got = append(got, n)
			mu.Unlock()
		})
	}
	close(start)
	wg.Wait()
	sort.Ints(got)
	fmt.Println(got)
}
