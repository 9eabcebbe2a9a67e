// A closure handed to a method run as a goroutine.
// held-out: round 4, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"sort"
	"sync"
)

type runner struct {
	mu  sync.Mutex
	wg  sync.WaitGroup
	out []string
}

func (r *runner) serve(start chan struct{}, f func() string) {
	defer r.wg.Done()
	<-start
	s := f()
	r.mu.Lock()
	r.out = append(r.out, s)
	r.mu.Unlock()
}

func main() {
	r := &runner{}
	start := make(chan struct{})
	// want: go-loopvar-semantics-change k likely -- serve calls the closure on its own goroutine
	for _, k := range []string{"k1", "k2"} {
		r.wg.Add(1)
		go r.serve(start, func() string { return k })
	}
	close(start)
	r.wg.Wait()
	sort.Strings(r.out)
	fmt.Println(r.out)
}
