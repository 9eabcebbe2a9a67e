// time.AfterFunc runs the function on its own goroutine later.
package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

func main() {
	var (
		mu  sync.Mutex
		wg  sync.WaitGroup
		got []string
	)
	start := make(chan struct{})
	// want: go-loopvar-semantics-change s likely -- time.AfterFunc runs the closure on another goroutine
	for _, s := range []string{"p", "q", "r"} {
		wg.Add(1)
		time.AfterFunc(time.Millisecond, func() {
			defer wg.Done()
			<-start
			mu.Lock()
			got = append(got, s)
			mu.Unlock()
		})
	}
	close(start)
	wg.Wait()
	sort.Strings(got)
	fmt.Println(got)
}
