// A deferred closure inside a function literal called in the iteration:
// it runs when the literal returns.
// held-out: round 6, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

func main() {
	var done []string
	// want: none -- the deferred closure runs before the literal (and the iteration) ends
	for _, step := range []string{"lock", "write", "unlock"} {
		func() {
			defer func() { done = append(done, step) }()
			fmt.Println("doing", step)
		}()
	}
	fmt.Println(done)
}
