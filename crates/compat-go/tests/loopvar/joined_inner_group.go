// A WaitGroup declared in the body and waited at its end: each
// iteration's goroutines finish within it.
// held-out: round 5, written before compat ran on it; compat's first verdict: right
package main

import "fmt"
import "sync"

func main() {
	results := make([]int, 0)
	var mu sync.Mutex
	// want: none -- wg.Wait() at the end of the body joins the goroutines
	for _, n := range []int{2, 3} {
		var wg sync.WaitGroup
		for k := 0; k < 2; k++ {
			wg.Add(1)
			go func(k int) {
				defer wg.Done()
				mu.Lock()
				results = append(results, n*10)
				mu.Unlock()
			}(k)
		}
		wg.Wait()
	}
	fmt.Println(results)
}
