// Deferred calls whose arguments are the loop variable itself: evaluated
// at the defer statement.
// held-out: round 6, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

func closeAll(names []string) {
	// want: none -- the arguments of a deferred call are evaluated at once
	for _, name := range names {
		defer fmt.Println("closing", name)
	}
}

func main() {
	closeAll([]string{"db", "cache"})
}
