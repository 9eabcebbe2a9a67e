// The pre-1.22 idiom: v := v before the goroutine.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var (
		mu  sync.Mutex
		wg  sync.WaitGroup
		got []int
	)
	start := make(chan struct{})
	// want: none -- the goroutine captures the copy, not the loop variable
	for _, v := range []int{1, 2, 3} {
		v := v
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			mu.Lock()
			got = append(got, v)
			mu.Unlock()
		}()
	}
	close(start)
	wg.Wait()
	sort.Ints(got)
	fmt.Println(got)
}
