// Sequential subtests, each starting goroutines it waits for.
// held-out: round 6, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"sync"
	"testing"
)

func TestBatches(t *testing.T) {
	var total []int
	// want: none -- the subtest is not parallel and waits for its goroutines
	for _, size := range []int{2, 3} {
		t.Run(fmt.Sprint(size), func(t *testing.T) {
			var wg sync.WaitGroup
			var mu sync.Mutex
			sum := 0
			for k := 0; k < size; k++ {
				wg.Add(1)
				go func(k int) {
					defer wg.Done()
					mu.Lock()
					sum += size
					mu.Unlock()
				}(k)
			}
			wg.Wait()
			total = append(total, sum)
		})
	}
	fmt.Println("result", total)
}
