// Health checks run on a goroutine each, joined before the next host.
// held-out: round 8, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"sync"
)

type host struct {
	name    string
	enabled bool
}

func main() {
	hosts := []host{{"a", true}, {"b", false}, {"c", true}}
	var got []string
	// want: none -- wg.Wait() joins the goroutine in the iteration
	for _, h := range hosts {
		if !h.enabled {
			continue
		}
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			got = append(got, "check "+h.name)
		}()
		wg.Wait()
	}
	fmt.Println(got)
}
