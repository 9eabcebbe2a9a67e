// A deferred closure in a three-clause loop: go1.21 prints the value after
// the last i++.
package main

import "fmt"

func countdown(n int) {
	// want: go-loopvar-semantics-change i certain -- deferred closure captures i
	for i := 0; i < n; i++ {
		defer func() { fmt.Print(i, " ") }()
	}
}

func main() {
	countdown(3)
	fmt.Println()
}
