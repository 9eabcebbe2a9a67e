// The inner loop's goroutines are joined at the end of each outer iteration:
// the outer variable is safe, the inner one is not.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var (
		mu  sync.Mutex
		got []string
	)
	// want: none -- wg.Wait() after the inner loop joins every goroutine within the outer iteration
	for _, row := range []string{"r1", "r2"} {
		var wg sync.WaitGroup
		start := make(chan struct{})
		// want: go-loopvar-semantics-change col likely -- not joined within the inner iteration
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
		close(start)
		wg.Wait()
	}
	sort.Strings(got)
	fmt.Println(got)
}
