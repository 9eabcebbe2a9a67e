// One sync.Pool per buffer size; each New closure captures the size.
// held-out: round 3, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"sync"
)

func main() {
	var pools []*sync.Pool
	// want: go-loopvar-semantics-change size certain -- New runs at Get, after the loop
	for _, size := range []int{64, 512, 4096} {
		pools = append(pools, &sync.Pool{New: func() any { return make([]byte, size) }})
	}
	for _, p := range pools {
		fmt.Print(len(p.Get().([]byte)), " ")
	}
	fmt.Println()
}
