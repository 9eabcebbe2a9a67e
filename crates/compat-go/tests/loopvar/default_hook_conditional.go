// A package-level hook set only for the item marked default, not the
// last one.
// held-out: round 6, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

type backend struct {
	name string
	def  bool
}

var onFailover func() string

func main() {
	// want: go-loopvar-semantics-change b likely -- onFailover is assigned in one iteration only and called after the loop
	for _, b := range []backend{{"east", true}, {"west", false}} {
		if b.def {
			onFailover = func() string { return "fail over from " + b.name }
		}
	}
	fmt.Println(onFailover())
}
