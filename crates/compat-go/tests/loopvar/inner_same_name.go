// An inner loop redeclares the outer loop's name.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var got []int
	var mu sync.Mutex
	// want: none -- the goroutine uses the inner v
	for _, v := range []int{1, 2} {
		_ = v
		// want: none -- joined in the iteration
		for _, v := range []int{10, 20} {
			var wg sync.WaitGroup
			wg.Add(1)
			go func() {
				defer wg.Done()
				mu.Lock()
				got = append(got, v)
				mu.Unlock()
			}()
			wg.Wait()
		}
	}
	fmt.Println(got)
}
