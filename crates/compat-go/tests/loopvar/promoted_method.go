// A pointer method promoted from an embedded struct, started as a goroutine.
// held-out: round 1, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"sort"
	"sync"
)

type base struct{ id string }

var (
	mu  sync.Mutex
	wg  sync.WaitGroup
	out []string
)

func (b *base) announce(start chan struct{}) {
	defer wg.Done()
	<-start
	mu.Lock()
	out = append(out, b.id)
	mu.Unlock()
}

type service struct {
	base
	port int
}

func main() {
	start := make(chan struct{})
	// want: go-loopvar-semantics-change s likely -- go s.announce passes &s.base to the goroutine
	for _, s := range []service{{base{"api"}, 80}, {base{"db"}, 5432}} {
		wg.Add(1)
		go s.announce(start)
	}
	close(start)
	wg.Wait()
	sort.Strings(out)
	fmt.Println(out)
}
