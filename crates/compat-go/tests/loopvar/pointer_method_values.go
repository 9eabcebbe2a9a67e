// Method values on pointer loop variables copy the pointer.
// held-out: round 3, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

type step struct{ n int }

func (s *step) show() string { return fmt.Sprint("step ", s.n) }

func main() {
	var shows []func() string
	// want: none -- s is a pointer; s.show binds the pointer's value
	for _, s := range []*step{{1}, {2}} {
		shows = append(shows, s.show)
	}
	for _, f := range shows {
		fmt.Println(f())
	}
}
