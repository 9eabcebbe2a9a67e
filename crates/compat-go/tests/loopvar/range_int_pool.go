// oracle: go1.22-only -- range over an int does not compile at go 1.21; the ground truth is the same program with `for w := 0; w < 3; w++` (it prints the same at go 1.21 and go 1.22: w is passed by value)
// A pool of range-over-int workers draining a job channel; each worker
// copies its index into a parameter of the function it runs.
// held-out: round 8, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	jobs := make(chan int, 6)
	for j := 1; j <= 6; j++ {
		jobs <- j
	}
	close(jobs)
	var (
		wg  sync.WaitGroup
		mu  sync.Mutex
		out []int
	)
	// want: none -- w is passed as an argument when each goroutine starts
	for w := range 3 {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			_ = id
			for j := range jobs {
				mu.Lock()
				out = append(out, j*j)
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	sort.Ints(out)
	fmt.Println(out)
}
