// The goroutine captures a value computed from v, not v.
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
	// want: none -- sq is declared in the body: one per iteration under both versions
	for _, v := range []int{1, 2, 3} {
		sq := v * v
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			mu.Lock()
			got = append(got, sq)
			mu.Unlock()
		}()
	}
	close(start)
	wg.Wait()
	sort.Ints(got)
	fmt.Println(got)
}
