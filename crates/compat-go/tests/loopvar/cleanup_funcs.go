// Cleanup functions collected while opening resources, run at the end.
// held-out: round 2, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

func open(names []string) (cleanup func()) {
	var undo []func()
	// want: go-loopvar-semantics-change name certain -- undo closures run after the loop
	for _, name := range names {
		undo = append(undo, func() { fmt.Println("close", name) })
	}
	return func() {
		for i := len(undo) - 1; i >= 0; i-- {
			undo[i]()
		}
	}
}

func main() {
	open([]string{"a", "b", "c"})()
}
