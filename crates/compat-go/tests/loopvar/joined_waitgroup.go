// Each goroutine is waited for before the next iteration.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var got []int
	// want: none -- wg.Wait() in the same iteration joins the goroutine
	for _, v := range []int{1, 2, 3} {
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			got = append(got, v*2)
		}()
		wg.Wait()
	}
	fmt.Println(got)
}
