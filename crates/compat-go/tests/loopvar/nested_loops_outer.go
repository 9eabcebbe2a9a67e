// Goroutines in an inner loop capture both loops' variables; they are
// joined only after the outer loop.
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
		got []string
	)
	start := make(chan struct{})
	// want: go-loopvar-semantics-change row likely -- goroutines started in the inner loop read row after the outer loop
	for _, row := range []string{"r1", "r2"} {
		// want: go-loopvar-semantics-change col likely -- and col after the inner loop
		for _, col := range []string{"c1", "c2"} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				mu.Lock()
				got = append(got, row+col)
				mu.Unlock()
			}()
		}
	}
	close(start)
	wg.Wait()
	sort.Strings(got)
	fmt.Println(got)
}
