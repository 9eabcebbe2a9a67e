// A pointer to the loop variable stored into a field in every
// iteration; read after the loop, it holds the last value either way.
// held-out: round 6, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

type option struct{ name string }

type state struct{ current *option }

func main() {
	var s state
	// want: go-loopvar-heap-alloc o -- s.current = &o in every iteration; only the last is read
	for _, o := range []option{{"fast"}, {"safe"}} {
		s.current = &o
	}
	fmt.Println(s.current.name)
}
