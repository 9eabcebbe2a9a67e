// Each iteration runs a closure that waits for its goroutine with a
// deferred wg.Wait().
// held-out: round 2, written before compat ran on it; compat's first verdict: false alarm (likely)
package main

import (
	"fmt"
	"sync"
)

func main() {
	var got []int
	// want: none -- the deferred Wait joins the goroutine before the closure returns
	for _, v := range []int{1, 2, 3} {
		func() {
			var wg sync.WaitGroup
			defer wg.Wait()
			wg.Add(1)
			go func() {
				defer wg.Done()
				got = append(got, v*3)
			}()
		}()
	}
	fmt.Println(got)
}
