// Lazily computed values: sync.OnceValue keeps the closure, called after
// the loop.
// held-out: round 5, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	var lazy []func() string
	// want: go-loopvar-semantics-change name certain -- the OnceValue function is kept and called after the loop
	for _, name := range []string{"alpha", "beta"} {
		lazy = append(lazy, sync.OnceValue(func() string { return strings.ToUpper(name) }))
	}
	for _, f := range lazy {
		fmt.Println(f())
	}
}
