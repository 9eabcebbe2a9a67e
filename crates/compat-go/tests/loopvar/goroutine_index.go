// Goroutines fill a result slice by the captured index.
// held-out: round 3, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"sync"
)

func main() {
	xs := []int{1, 2, 3}
	res := make([]int, len(xs))
	var wg sync.WaitGroup
	start := make(chan struct{})
	// want: go-loopvar-semantics-change i likely -- goroutines index with i after the loop
	for i := range xs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			res[i] = xs[i] * 10
		}()
	}
	close(start)
	wg.Wait()
	fmt.Println(res)
}
