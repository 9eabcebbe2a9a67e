// A three-clause loop whose goroutines read i after the post statement ran.
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
	// want: go-loopvar-semantics-change i likely -- goroutines not joined in the iteration see i after i++
	for i := 0; i < 3; i++ {
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
