// Shutdown hooks registered on an http.Server run when it shuts down.
// held-out: round 1, written before compat ran on it; compat's first verdict: missed it (heap-alloc)
package main

import (
	"context"
	"fmt"
	"net/http"
	"sort"
	"sync"
)

func main() {
	var (
		mu  sync.Mutex
		wg  sync.WaitGroup
		got []string
	)
	srv := &http.Server{}
	// want: go-loopvar-semantics-change res likely -- the server keeps the hooks and runs them at Shutdown
	for _, res := range []string{"db", "queue"} {
		wg.Add(1)
		srv.RegisterOnShutdown(func() {
			defer wg.Done()
			mu.Lock()
			got = append(got, "closed "+res)
			mu.Unlock()
		})
	}
	srv.Shutdown(context.Background())
	wg.Wait()
	sort.Strings(got)
	fmt.Println(got)
}
