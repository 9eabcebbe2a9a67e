// An array loop variable copied into a body variable before it is
// sliced and kept.
// held-out: round 7, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

func main() {
	var keys [][]byte
	// want: none -- b is a copy declared in the body
	for _, a := range [][3]byte{{1, 2, 3}, {4, 5, 6}} {
		b := a
		keys = append(keys, b[:])
	}
	fmt.Println(keys)
}
