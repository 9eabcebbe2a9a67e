// Event hooks registered into a map of callbacks, fired later.
// held-out: round 8, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

type bus struct{ hooks map[string][]func() string }

func (b *bus) on(ev string, f func() string) { b.hooks[ev] = append(b.hooks[ev], f) }

func main() {
	b := &bus{hooks: map[string][]func() string{}}
	// want: go-loopvar-semantics-change plugin likely -- on keeps the closure in b.hooks
	for _, plugin := range []string{"audit", "metrics", "tracing"} {
		b.on("start", func() string { return plugin + " started" })
	}
	for _, f := range b.hooks["start"] {
		fmt.Println(f())
	}
}
