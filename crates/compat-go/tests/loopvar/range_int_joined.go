// oracle: go1.22-only -- range over an int does not compile at go 1.21; the ground truth is the same program with `for i := 0; i < 3; i++` (it prints the same at go 1.21 and go 1.22)
// Range-over-int retries, each attempt on a goroutine joined by a receive
// in the same iteration.
// held-out: round 5, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

func main() {
	done := make(chan int)
	var log []int
	// want: none -- <-done joins the goroutine in the iteration
	for i := range 3 {
		go func() { done <- i * 100 }()
		log = append(log, <-done)
	}
	fmt.Println(log)
}
