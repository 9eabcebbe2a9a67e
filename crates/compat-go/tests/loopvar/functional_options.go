// Functional options built in a loop from a constructor taking the value.
// held-out: round 3, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

type config struct{ tags []string }

type option func(*config)

func withTag(t string) option { return func(c *config) { c.tags = append(c.tags, t) } }

func main() {
	var opts []option
	// want: none -- tag is passed by value to withTag
	for _, tag := range []string{"a", "b", "c"} {
		opts = append(opts, withTag(tag))
	}
	var c config
	for _, o := range opts {
		o(&c)
	}
	fmt.Println(c.tags)
}
