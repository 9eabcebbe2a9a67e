// The same group, waited for inside the iteration.
package main

import (
	"fmt"
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
	var got []int
	// want: none -- g.Wait() joins the goroutine in the same iteration
	for _, id := range []int{7, 8, 9} {
		var g group
		g.Go(func() { got = append(got, id) })
		g.Wait()
	}
	fmt.Println(got)
}
