// The loop assigns a variable declared before it: one variable, both versions.
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
		i   int
	)
	start := make(chan struct{})
	// want: none -- i is declared outside the loop (for i = 0)
	for i = 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			mu.Lock()
			got = append(got, i)
			mu.Unlock()
		}()
	}
	close(start)
	wg.Wait()
	sort.Ints(got)
	fmt.Println(got)
}
