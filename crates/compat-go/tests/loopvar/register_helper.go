// A helper of the same file keeps the pointer in a registry.
package main

import "fmt"

type plugin struct{ name string }

var registry []*plugin

func register(p *plugin) { registry = append(registry, p) }

func main() {
	// want: go-loopvar-semantics-change p likely -- register appends &p to a package-level slice
	for _, p := range []plugin{{"gzip"}, {"zstd"}, {"lz4"}} {
		register(&p)
	}
	for _, r := range registry {
		fmt.Println(r.name)
	}
}
