// The same errgroup-like helper, with the pre-1.22 copy in the loop body.
// held-out: round 8, written before compat ran on it; compat's first verdict: right
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type group struct {
	wg   sync.WaitGroup
	mu   sync.Mutex
	gate chan struct{}
	errs []string
}

func newGroup() *group { return &group{gate: make(chan struct{})} }

func (g *group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		<-g.gate
		if err := f(); err != nil {
			g.mu.Lock()
			g.errs = append(g.errs, err.Error())
			g.mu.Unlock()
		}
	}()
}

func (g *group) Wait() []string {
	close(g.gate)
	g.wg.Wait()
	sort.Strings(g.errs)
	return g.errs
}

func fetch(url string) error { return errors.New("fetch " + url) }

func main() {
	g := newGroup()
	// want: none -- url := url copies it before the closure captures it
	for _, url := range []string{"a.example", "b.example", "c.example"} {
		url := url
		g.Go(func() error { return fetch(url) })
	}
	fmt.Println(g.Wait())
}
