// Environment entries rendered lazily: each closure captures both range
// variables.
// held-out: round 8, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

func main() {
	env := []string{"HOME", "/root", "PATH", "/bin"}
	var render []func() string
	// want: go-loopvar-semantics-change i certain; go-loopvar-semantics-change k certain -- the closures run after the loop
	for i, k := range env {
		if i%2 == 1 {
			continue
		}
		render = append(render, func() string { return fmt.Sprint(i/2, ":", k) })
	}
	for _, r := range render {
		fmt.Println(r())
	}
}
