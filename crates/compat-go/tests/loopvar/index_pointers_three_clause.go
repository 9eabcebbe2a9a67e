// Pointers to a three-clause variable kept by index.
// held-out: round 4, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

func main() {
	ptrs := make([]*int, 3)
	// want: go-loopvar-semantics-change i certain -- &i kept in ptrs
	for i := 0; i < 3; i++ {
		ptrs[i] = &i
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
}
