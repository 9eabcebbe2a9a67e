// A worker pool: each worker takes one job after all are started.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	jobs := make(chan int)
	results := make(chan string, 3)
	var wg sync.WaitGroup
	// want: go-loopvar-semantics-change w likely -- workers read w when a job arrives, after the loop
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			j := <-jobs
			results <- fmt.Sprintf("worker %d", w*j/j)
		}()
	}
	for j := 1; j <= 3; j++ {
		jobs <- j
	}
	wg.Wait()
	close(results)
	var out []string
	for r := range results {
		out = append(out, r)
	}
	sort.Strings(out)
	fmt.Println(out)
}
