// Closures collected in a slice declared in the body and run there.
// held-out: round 6, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

func main() {
	// want: none -- steps is per iteration and run before it ends
	for _, n := range []int{1, 2} {
		var steps []func()
		steps = append(steps, func() { fmt.Println("validate", n) })
		steps = append(steps, func() { fmt.Println("apply", n) })
		for _, s := range steps {
			s()
		}
	}
}
