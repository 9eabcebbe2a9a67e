// An array loop variable sliced inside goroutines joined after the loop.
// held-out: round 7, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var (
		wg  sync.WaitGroup
		mu  sync.Mutex
		got []string
	)
	gate := make(chan struct{})
	// want: go-loopvar-semantics-change key likely -- the goroutines read key after the loop
	for _, key := range [][2]byte{{'a', 'b'}, {'c', 'd'}} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-gate
			mu.Lock()
			got = append(got, string(key[:]))
			mu.Unlock()
		}()
	}
	close(gate)
	wg.Wait()
	sort.Strings(got)
	fmt.Println(got)
}
