// Subscribers kept by an event bus of the file, called after the loop.
// held-out: round 4, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

type bus struct{ subs []func(string) string }

func (b *bus) subscribe(f func(string) string) { b.subs = append(b.subs, f) }

func main() {
	var b bus
	// want: go-loopvar-semantics-change topic likely -- subscribe appends the closure to b.subs
	for _, topic := range []string{"news", "sport"} {
		b.subscribe(func(msg string) string { return topic + ": " + msg })
	}
	for _, s := range b.subs {
		fmt.Println(s("hi"))
	}
}
