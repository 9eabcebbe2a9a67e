// Closures wrapped by a decorator of the file before they are kept: the
// decorator's result captures the closure, which captures n.
// held-out: round 5, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

func logged(name string, f func() int) func() int {
	return func() int {
		fmt.Print(name, ": ")
		return f()
	}
}

func main() {
	var steps []func() int
	// want: go-loopvar-semantics-change n certain -- the wrapped closure is appended to steps and called after the loop
	for _, n := range []int{1, 2, 3} {
		steps = append(steps, logged("step", func() int { return n * 10 }))
	}
	for _, s := range steps {
		fmt.Println(s())
	}
}
