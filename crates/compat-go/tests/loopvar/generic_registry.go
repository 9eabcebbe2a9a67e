// A generic registry type of the file whose Register method stores the
// factory; factories are called after the loop.
// held-out: round 8, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

type Registry[K comparable, V any] struct{ m map[K]func() V }

func NewRegistry[K comparable, V any]() *Registry[K, V] {
	return &Registry[K, V]{m: map[K]func() V{}}
}

func (r *Registry[K, V]) Register(k K, f func() V) { r.m[k] = f }

func (r *Registry[K, V]) Make(k K) V { return r.m[k]() }

type codec struct{ name string }

func main() {
	reg := NewRegistry[string, codec]()
	names := []string{"json", "yaml"}
	// want: go-loopvar-semantics-change name likely -- Register keeps the factory
	for _, name := range names {
		reg.Register(name, func() codec { return codec{name: name} })
	}
	for _, n := range names {
		fmt.Println(n, reg.Make(n).name)
	}
}
