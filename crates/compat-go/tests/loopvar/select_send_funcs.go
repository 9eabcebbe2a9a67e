// Work items sent as closures on a buffered channel in a select loop,
// run by a worker after the loop.
// held-out: round 5, written before compat ran on it; compat's first verdict: right
package main

import (
	"context"
	"fmt"
)

func main() {
	ctx := context.Background()
	work := make(chan func(), 8)
	// want: go-loopvar-semantics-change f likely -- the closure sent on work runs after the loop
	for _, f := range []string{"a.txt", "b.txt", "c.txt"} {
		select {
		case work <- func() { fmt.Println("compress", f) }:
		case <-ctx.Done():
			return
		}
	}
	close(work)
	for w := range work {
		w()
	}
}
