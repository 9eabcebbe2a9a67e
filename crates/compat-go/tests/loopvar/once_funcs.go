// Lazily computed values: sync.OnceValue wraps the closure, kept for later.
// held-out: round 1, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"sync"
)

func main() {
	var lazy []func() int
	// want: go-loopvar-semantics-change x certain -- the wrapped closures are appended and called after the loop
	for _, x := range []int{3, 4, 5} {
		lazy = append(lazy, sync.OnceValue(func() int { return x * x }))
	}
	for _, f := range lazy {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
