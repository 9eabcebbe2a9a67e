// Retry attempts recorded as pointers to the three-clause counter.
// held-out: round 8, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

func main() {
	var attempts []*int
	// want: go-loopvar-semantics-change attempt certain -- &attempt kept past its iteration
	for attempt := 1; attempt <= 3; attempt++ {
		attempts = append(attempts, &attempt)
	}
	for _, a := range attempts {
		fmt.Print(*a, " ")
	}
	fmt.Println()
}
