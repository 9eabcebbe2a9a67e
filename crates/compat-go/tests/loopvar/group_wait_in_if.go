// An errgroup-style group waited for in an if statement of the iteration.
// held-out: round 4, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"sync"
)

type group struct {
	wg  sync.WaitGroup
	err error
}

func (g *group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.err = err
		}
	}()
}

func (g *group) Wait() error {
	g.wg.Wait()
	return g.err
}

func main() {
	var got []string
	// want: none -- g.Wait() in the if statement joins the goroutine
	for _, name := range []string{"a", "b"} {
		var g group
		g.Go(func() error {
			got = append(got, name)
			return nil
		})
		if err := g.Wait(); err != nil {
			panic(err)
		}
	}
	fmt.Println(got)
}
