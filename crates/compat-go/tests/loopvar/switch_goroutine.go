// A goroutine started from one case of a switch.
// held-out: round 3, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var (
		mu  sync.Mutex
		wg  sync.WaitGroup
		got []string
	)
	start := make(chan struct{})
	// want: go-loopvar-semantics-change ev likely -- the async case's goroutine runs after the loop
	for _, ev := range []string{"async:a", "sync:b", "async:c"} {
		switch ev[:5] {
		case "async":
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				mu.Lock()
				got = append(got, ev)
				mu.Unlock()
			}()
		default:
			got = append(got, ev)
		}
	}
	close(start)
	wg.Wait()
	sort.Strings(got)
	fmt.Println(got)
}
