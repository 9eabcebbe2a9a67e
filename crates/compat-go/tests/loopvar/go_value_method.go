// go v.M() with a value receiver copies v at the go statement.
// held-out: round 4, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"sort"
	"sync"
)

type msg struct{ text string }

var (
	mu  sync.Mutex
	wg  sync.WaitGroup
	out []string
)

func (m msg) deliver(start chan struct{}) {
	defer wg.Done()
	<-start
	mu.Lock()
	out = append(out, m.text)
	mu.Unlock()
}

func main() {
	start := make(chan struct{})
	// want: none -- the receiver is copied when the go statement runs
	for _, m := range []msg{{"a"}, {"b"}} {
		wg.Add(1)
		go m.deliver(start)
	}
	close(start)
	wg.Wait()
	sort.Strings(out)
	fmt.Println(out)
}
