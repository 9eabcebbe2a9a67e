// A worker group of this file (errgroup-style Go/Wait) joined after the loop.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type group struct{ wg sync.WaitGroup }

func (g *group) Go(f func()) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		f()
	}()
}

func (g *group) Wait() { g.wg.Wait() }

func main() {
	var (
		g   group
		mu  sync.Mutex
		got []int
	)
	start := make(chan struct{})
	// want: go-loopvar-semantics-change id likely -- g.Go starts a goroutine, joined only after the loop
	for _, id := range []int{7, 8, 9} {
		g.Go(func() {
			<-start
			mu.Lock()
			got = append(got, id)
			mu.Unlock()
		})
	}
	close(start)
	g.Wait()
	sort.Ints(got)
	fmt.Println(got)
}
