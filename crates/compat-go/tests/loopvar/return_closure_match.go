// A router returns a closure over the matching rule: the return ends the
// loop, so no later iteration changes the variable.
// held-out: round 5, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"strings"
)

type rule struct{ prefix, backend string }

func route(rules []rule, path string) func() string {
	// want: none -- the closure is returned, which ends the loop
	for _, r := range rules {
		if strings.HasPrefix(path, r.prefix) {
			return func() string { return r.backend + path }
		}
	}
	return func() string { return "404" }
}

func main() {
	rules := []rule{{"/api", "api:"}, {"/web", "web:"}, {"/", "static:"}}
	fmt.Println(route(rules, "/api/x")(), route(rules, "/web/y")(), route(rules, "/z")())
}
