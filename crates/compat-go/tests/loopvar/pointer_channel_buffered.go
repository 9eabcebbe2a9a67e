// Pointers to the loop variable sent on a buffered channel, drained after
// the loop.
// held-out: round 6, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

type msg struct{ body string }

func main() {
	out := make(chan *msg, 3)
	// want: go-loopvar-semantics-change m likely -- the pointers are received after the loop
	for _, m := range []msg{{"hello"}, {"world"}} {
		out <- &m
	}
	close(out)
	for p := range out {
		fmt.Println(p.body)
	}
}
