// The goroutine is joined in the iteration, through a helper.
// held-out: round 1, written before compat ran on it; compat's first verdict: false alarm (likely)
package main

import (
	"fmt"
	"sync"
)

func waitAll(wg *sync.WaitGroup) { wg.Wait() }

func main() {
	var got []int
	// want: none -- waitAll joins the goroutine before the next iteration
	for _, v := range []int{1, 2, 3} {
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			got = append(got, v*v)
		}()
		waitAll(&wg)
	}
	fmt.Println(got)
}
