// A function that opens several resources and defers closing each with a
// closure; the defers run when the function returns.
// held-out: round 8, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

var log []string

func process(files []string) {
	// want: go-loopvar-semantics-change f certain -- the deferred closures run after the loop
	for _, f := range files {
		log = append(log, "open "+f)
		defer func() { log = append(log, "close "+f) }()
	}
}

func main() {
	process([]string{"a.txt", "b.txt"})
	fmt.Println(log)
}
