// Metrics published with expvar.Func: the registry calls them after the loop.
// held-out: round 1, written before compat ran on it; compat's first verdict: missed it (heap-alloc)
package main

import (
	"expvar"
	"fmt"
)

func main() {
	names := []string{"hits", "misses"}
	// want: go-loopvar-semantics-change n likely -- expvar keeps the closures and calls them later
	for _, n := range names {
		expvar.Publish("demo_"+n, expvar.Func(func() any { return "value of " + n }))
	}
	for _, n := range names {
		fmt.Println(expvar.Get("demo_" + n).String())
	}
}
