// Each computation runs on a goroutine and is awaited with a timeout in
// the same iteration.
// held-out: round 8, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"time"
)

func main() {
	var out []int
	// want: none -- the result is received before the next iteration
	for _, n := range []int{3, 4, 5} {
		done := make(chan int, 1)
		go func() { done <- n * n }()
		select {
		case r := <-done:
			out = append(out, r)
		case <-time.After(5 * time.Second):
			out = append(out, -1)
		}
	}
	fmt.Println(out)
}
