// Lazy loaders built with sync.OnceValue per config name, called later.
// held-out: round 8, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"sync"
)

func load(name string) string { return "loaded " + name }

func main() {
	loaders := map[string]func() string{}
	names := []string{"db", "cache"}
	// want: go-loopvar-semantics-change name certain -- the OnceValue closures run after the loop
	for _, name := range names {
		loaders[name] = sync.OnceValue(func() string { return load(name) })
	}
	for _, n := range names {
		fmt.Println(n, loaders[n]())
	}
}
