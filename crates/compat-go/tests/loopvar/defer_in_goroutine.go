// A loop inside a goroutine whose deferred calls run when it returns.
// held-out: round 3, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

func main() {
	done := make(chan []int)
	go func() {
		var order []int
		defer func() { done <- order }()
		// want: go-loopvar-semantics-change i certain -- deferred in the goroutine's function, after its loop
		for i := 0; i < 3; i++ {
			defer func() { order = append(order, i) }()
		}
	}()
	fmt.Println(<-done)
}
