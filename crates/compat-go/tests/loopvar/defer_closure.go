// Deferred closures run when the function returns, after the loop.
package main

import "fmt"

func report(items []string) {
	// want: go-loopvar-semantics-change it certain -- deferred closure reads it at return
	for _, it := range items {
		defer func() { fmt.Println("done", it) }()
	}
}

func main() {
	report([]string{"a", "b", "c"})
}
