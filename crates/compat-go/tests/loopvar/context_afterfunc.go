// context.AfterFunc runs the function when the context is cancelled.
// held-out: round 2, written before compat ran on it; compat's first verdict: right
package main

import (
	"context"
	"fmt"
	"sort"
	"sync"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var (
		mu  sync.Mutex
		wg  sync.WaitGroup
		got []string
	)
	// want: go-loopvar-semantics-change job likely -- the functions run on cancel, after the loop
	for _, job := range []string{"j1", "j2", "j3"} {
		wg.Add(1)
		context.AfterFunc(ctx, func() {
			defer wg.Done()
			mu.Lock()
			got = append(got, "stop "+job)
			mu.Unlock()
		})
	}
	cancel()
	wg.Wait()
	sort.Strings(got)
	fmt.Println(got)
}
