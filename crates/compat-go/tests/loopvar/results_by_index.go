// Goroutines write results by index; each gets its index as an argument but
// reads the element through the captured loop variable.
// held-out: round 1, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	words := []string{"go", "is", "fun"}
	res := make([]string, len(words))
	var wg sync.WaitGroup
	start := make(chan struct{})
	// want: go-loopvar-semantics-change w likely -- w is captured, i is passed
	for i, w := range words {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			<-start
			res[i] = strings.ToUpper(w)
		}(i)
	}
	close(start)
	wg.Wait()
	fmt.Println(res)
}
