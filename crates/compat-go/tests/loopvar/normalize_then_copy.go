// A pointer method called on the range variable, whose value is then
// appended by copy.
// held-out: round 8, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"strings"
)

type tag struct{ name string }

func (t *tag) normalize() { t.name = strings.ToLower(strings.TrimSpace(t.name)) }

func main() {
	var out []tag
	// want: none -- &t is used by the call only; the value is copied into out
	for _, t := range []tag{{" Go "}, {"RUST"}} {
		t.normalize()
		out = append(out, t)
	}
	fmt.Println(out)
}
