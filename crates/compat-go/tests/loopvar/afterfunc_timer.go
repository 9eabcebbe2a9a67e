// time.AfterFunc callbacks that read the loop variable; the results are
// collected after the loop from a channel.
// held-out: round 5, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"sort"
	"time"
)

type job struct{ name string }

func main() {
	done := make(chan string, 3)
	// want: go-loopvar-semantics-change j likely -- the timer's callback runs after the loop
	for _, j := range []job{{"a"}, {"b"}, {"c"}} {
		time.AfterFunc(50*time.Millisecond, func() { done <- j.name })
	}
	got := []string{<-done, <-done, <-done}
	sort.Strings(got)
	fmt.Println(got)
}
