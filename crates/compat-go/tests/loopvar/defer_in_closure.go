// A defer inside a closure called on the spot runs when the closure returns.
package main

import "fmt"

func main() {
	var log []string
	// want: none -- the deferred call runs at the end of the closure, in the iteration
	for _, step := range []string{"open", "read", "close"} {
		func() {
			defer func() { log = append(log, "after "+step) }()
			log = append(log, step)
		}()
	}
	fmt.Println(log)
}
