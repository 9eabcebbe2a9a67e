// The latest valid config published through an atomic.Pointer; the last
// entry is not valid.
// held-out: round 8, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"sync/atomic"
)

type config struct {
	version int
	valid   bool
}

func main() {
	var latest atomic.Pointer[config]
	cfgs := []config{{1, true}, {2, true}, {3, false}}
	// want: go-loopvar-semantics-change c likely -- &c is stored only for valid configs; later iterations overwrite c under go1.21
	for _, c := range cfgs {
		if c.valid {
			latest.Store(&c)
		}
	}
	fmt.Println(latest.Load().version)
}
