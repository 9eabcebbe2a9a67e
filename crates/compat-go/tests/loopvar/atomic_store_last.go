// The current configuration published with atomic.Pointer.Store in every
// iteration; only the last store is read, after the loop.
// held-out: round 5, written before compat ran on it; compat's first verdict: false alarm (likely)
package main

import (
	"fmt"
	"sync/atomic"
)

type config struct{ version int }

func main() {
	var cur atomic.Pointer[config]
	// want: go-loopvar-heap-alloc c -- every iteration stores &c; the last one, read after the loop, holds the last value either way
	for _, c := range []config{{1}, {2}, {3}} {
		cur.Store(&c)
	}
	fmt.Println(cur.Load().version)
}
