// A copy of the counter declared in the body before goroutines capture
// it (the pre-1.22 idiom).
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
	// want: none -- the goroutines capture x, a copy declared in the body
	for i := 0; i < 3; i++ {
		x := i
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-gate
			mu.Lock()
			got = append(got, x)
			mu.Unlock()
		}()
	}
	close(gate)
	wg.Wait()
	sort.Ints(got)
	fmt.Println(got)
}
