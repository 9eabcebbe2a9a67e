// A closure parameter with the loop variable's name hides it.
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
	// want: none -- the goroutine's v is its parameter, passed by value
	for _, v := range []int{1, 2, 3} {
		wg.Add(1)
		go func(v int) {
			defer wg.Done()
			<-start
			mu.Lock()
			got = append(got, v)
			mu.Unlock()
		}(v)
	}
	close(start)
	wg.Wait()
	sort.Ints(got)
	fmt.Println(got)
}
