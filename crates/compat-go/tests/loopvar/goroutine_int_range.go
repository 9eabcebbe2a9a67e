// oracle: go1.22-only -- range over an int does not compile at go 1.21
// A range-over-int loop (go1.22 syntax) whose goroutines capture i.
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
	// want: go-loopvar-semantics-change i likely -- goroutine not joined in the iteration
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			mu.Lock()
			got = append(got, i)
			mu.Unlock()
		}()
	}
	close(start)
	wg.Wait()
	sort.Ints(got)
	fmt.Println(got)
}
