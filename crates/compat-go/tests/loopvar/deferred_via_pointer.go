// A pointer to the loop variable taken into a local, then a deferred
// pointer-method call through it.
// held-out: round 4, written before compat ran on it; compat's first verdict: missed it (none)
package main

import "fmt"

type file struct{ name string }

func (f *file) close() { fmt.Println("close", f.name) }

func process(files []file) {
	// want: go-loopvar-semantics-change f certain -- p.close() is deferred with p == &f
	for _, f := range files {
		p := &f
		defer p.close()
	}
}

func main() {
	process([]file{{"a"}, {"b"}})
}
