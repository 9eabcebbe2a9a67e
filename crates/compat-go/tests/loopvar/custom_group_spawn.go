// A small errgroup-like type of the file: Spawn starts a goroutine, Wait
// joins them after the loop.
// held-out: round 5, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"sort"
	"sync"
)

type group struct {
	wg   sync.WaitGroup
	mu   sync.Mutex
	errs []string
}

func (g *group) Spawn(f func() string) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if e := f(); e != "" {
			g.mu.Lock()
			g.errs = append(g.errs, e)
			g.mu.Unlock()
		}
	}()
}

func (g *group) Wait() []string { g.wg.Wait(); return g.errs }

func main() {
	var g group
	gate := make(chan struct{})
	// want: go-loopvar-semantics-change host likely -- Spawn starts a goroutine joined only after the loop
	for _, host := range []string{"db1", "db2", "db3"} {
		g.Spawn(func() string {
			<-gate
			return "checked " + host
		})
	}
	close(gate)
	errs := g.Wait()
	sort.Strings(errs)
	fmt.Println(errs)
}
