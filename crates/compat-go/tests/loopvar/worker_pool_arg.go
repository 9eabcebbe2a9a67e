// The worker pool with the worker id passed as an argument.
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
	// want: none -- w is passed by value to each goroutine
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			j := <-jobs
			results <- fmt.Sprintf("worker %d", id*j/j)
		}(w)
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
