// `go v.M()` with a pointer receiver evaluates &v for the goroutine.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type task struct{ name string }

var (
	mu   sync.Mutex
	wg   sync.WaitGroup
	done []string
)

func (t *task) run(start chan struct{}) {
	defer wg.Done()
	<-start
	mu.Lock()
	done = append(done, t.name)
	mu.Unlock()
}

func main() {
	start := make(chan struct{})
	// want: go-loopvar-semantics-change t likely -- go t.run passes &t to a goroutine not joined in the iteration
	for _, t := range []task{{"x"}, {"y"}, {"z"}} {
		wg.Add(1)
		go t.run(start)
	}
	close(start)
	wg.Wait()
	sort.Strings(done)
	fmt.Println(done)
}
