// A closure kept in a local variable and started as a goroutine.
// held-out: round 4, written before compat ran on it; compat's first verdict: right
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
	start := make(chan struct{})
	// want: go-loopvar-semantics-change n likely -- work runs on a goroutine not joined in the iteration
	for _, n := range []int{7, 8} {
		work := func() {
			defer wg.Done()
			<-start
			mu.Lock()
			got = append(got, n)
			mu.Unlock()
		}
		wg.Add(1)
		go work()
	}
	close(start)
	wg.Wait()
	sort.Ints(got)
	fmt.Println(got)
}
