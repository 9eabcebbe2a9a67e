// Each resource handled in its own function literal whose defer runs at
// the end of the iteration.
// held-out: round 8, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

var log []string

func process(files []string) {
	// want: none -- the deferred closure runs when the literal returns, in the iteration
	for _, f := range files {
		func() {
			log = append(log, "open "+f)
			defer func() { log = append(log, "close "+f) }()
		}()
	}
}

func main() {
	process([]string{"a.txt", "b.txt"})
	fmt.Println(log)
}
