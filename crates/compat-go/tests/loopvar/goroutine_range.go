// A goroutine per element that reads the element after the loop has moved on.
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
	// want: go-loopvar-semantics-change name likely -- the goroutine runs after the loop, unjoined
	for _, name := range []string{"ann", "bob", "cy"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			mu.Lock()
			got = append(got, name)
			mu.Unlock()
		}()
	}
	close(start)
	wg.Wait()
	sort.Strings(got)
	fmt.Println(got)
}
