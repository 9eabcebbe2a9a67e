// A goroutine started from a select case and not joined.
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
		got []string
	)
	start := make(chan struct{})
	tick := make(chan bool, 3)
	for i := 0; i < 3; i++ {
		tick <- true
	}
	// want: go-loopvar-semantics-change tag likely -- the goroutine started in the case runs after the loop
	for _, tag := range []string{"t1", "t2", "t3"} {
		select {
		case <-tick:
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				mu.Lock()
				got = append(got, tag)
				mu.Unlock()
			}()
		default:
		}
	}
	close(start)
	wg.Wait()
	sort.Strings(got)
	fmt.Println(got)
}
