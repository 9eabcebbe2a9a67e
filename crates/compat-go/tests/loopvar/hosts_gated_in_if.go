// Health checks started on goroutines only for enabled hosts; they wait
// for a start signal.
// held-out: round 8, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"sort"
	"sync"
)

type host struct {
	name    string
	enabled bool
}

func main() {
	hosts := []host{{"a", true}, {"b", false}, {"c", true}, {"d", true}}
	start := make(chan struct{})
	var (
		wg  sync.WaitGroup
		mu  sync.Mutex
		got []string
	)
	// want: go-loopvar-semantics-change h likely -- the goroutines read h after the loop
	for _, h := range hosts {
		if !h.enabled {
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			mu.Lock()
			got = append(got, "check "+h.name)
			mu.Unlock()
		}()
	}
	close(start)
	wg.Wait()
	sort.Strings(got)
	fmt.Println(got)
}
