// A helper of the same file starts the goroutine.
package main

import (
	"fmt"
	"sort"
	"sync"
)

var (
	mu  sync.Mutex
	wg  sync.WaitGroup
	got []string
)

func spawn(f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		f()
	}()
}

func main() {
	start := make(chan struct{})
	// want: go-loopvar-semantics-change c likely -- spawn runs the closure on a goroutine
	for _, c := range []string{"x", "y", "z"} {
		spawn(func() {
			<-start
			mu.Lock()
			got = append(got, c)
			mu.Unlock()
		})
	}
	close(start)
	wg.Wait()
	sort.Strings(got)
	fmt.Println(got)
}
