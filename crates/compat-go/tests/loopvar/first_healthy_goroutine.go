// The first healthy server is announced from a goroutine, then the loop
// breaks: no later iteration changes the variable.
// held-out: round 6, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

type server struct {
	name string
	up   bool
}

func main() {
	ch := make(chan string, 1)
	// want: go-loopvar-heap-alloc s -- break ends the loop right after the goroutine starts
	for _, s := range []server{{"a", false}, {"b", true}, {"c", true}} {
		if s.up {
			go func() { ch <- s.name }()
			break
		}
	}
	fmt.Println(<-ch)
}
