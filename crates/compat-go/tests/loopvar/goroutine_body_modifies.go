// A three-clause loop whose body also steps i: the goroutine of each
// iteration sees its own i (with the body's step) from go1.22, the final
// shared i before.
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
	// want: go-loopvar-semantics-change i likely -- goroutine reads i after the loop; the body's i++ stays per iteration
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			mu.Lock()
			got = append(got, i)
			mu.Unlock()
		}()
		i++
	}
	close(start)
	wg.Wait()
	sort.Ints(got)
	fmt.Println(got)
}
