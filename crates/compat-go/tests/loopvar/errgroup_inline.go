// An errgroup-like helper written inline: Go starts the function on a
// goroutine that waits for Wait to open the gate.
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
	// want: go-loopvar-semantics-change url likely -- g.Go runs the closure on a goroutine after the loop
	for _, url := range []string{"a.example", "b.example", "c.example"} {
		g.Go(func() error { return fetch(url) })
	}
	fmt.Println(g.Wait())
}
