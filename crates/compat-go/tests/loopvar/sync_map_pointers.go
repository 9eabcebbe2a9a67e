// Session pointers cached in a sync.Map keyed by id.
// held-out: round 6, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"sync"
)

type session struct {
	id   int
	user string
}

func main() {
	var cache sync.Map
	// want: go-loopvar-semantics-change s likely -- cache.Store keeps &s under a different key each iteration
	for _, s := range []session{{1, "ann"}, {2, "bob"}} {
		cache.Store(s.id, &s)
	}
	a, _ := cache.Load(1)
	b, _ := cache.Load(2)
	fmt.Println(a.(*session).user, b.(*session).user)
}
