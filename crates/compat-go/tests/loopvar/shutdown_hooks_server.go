// Shutdown hooks registered on an http.Server per subsystem; Shutdown runs
// them on goroutines.
// held-out: round 8, written before compat ran on it; compat's first verdict: right
package main

import (
	"context"
	"fmt"
	"net/http"
	"sort"
	"sync"
)

func main() {
	srv := &http.Server{}
	var (
		wg  sync.WaitGroup
		mu  sync.Mutex
		got []string
	)
	// want: go-loopvar-semantics-change sub likely -- RegisterOnShutdown keeps the closure
	for _, sub := range []string{"queue", "db", "cache"} {
		wg.Add(1)
		srv.RegisterOnShutdown(func() {
			defer wg.Done()
			mu.Lock()
			got = append(got, "stop "+sub)
			mu.Unlock()
		})
	}
	srv.Shutdown(context.Background())
	wg.Wait()
	sort.Strings(got)
	fmt.Println(got)
}
