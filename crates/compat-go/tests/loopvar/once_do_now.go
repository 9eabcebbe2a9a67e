// sync.Once.Do with a closure over the loop variable: Do calls it before
// returning (only in the first iteration).
// held-out: round 5, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"sync"
)

func main() {
	var (
		once  sync.Once
		first string
	)
	// want: none -- once.Do runs the closure within the iteration
	for _, addr := range []string{"primary", "replica"} {
		once.Do(func() { first = addr })
	}
	fmt.Println(first)
}
