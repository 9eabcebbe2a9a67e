// A closure called on the spot starts a goroutine that is not joined.
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
	// want: go-loopvar-semantics-change n likely -- the inner goroutine outlives the outer closure's call
	for _, n := range []int{1, 2, 3} {
		func() {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				mu.Lock()
				got = append(got, n*n)
				mu.Unlock()
			}()
		}()
	}
	close(start)
	wg.Wait()
	sort.Ints(got)
	fmt.Println(got)
}
