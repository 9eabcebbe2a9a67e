// The loop variable shadowed by a cleaned-up copy declared in the body;
// the closures capture the copy.
// held-out: round 5, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"strings"
)

func main() {
	var printers []func()
	// want: none -- the closures capture the body's line, not the loop variable
	for _, line := range []string{" a ", " b"} {
		line := strings.TrimSpace(line)
		printers = append(printers, func() { fmt.Println("[" + line + "]") })
	}
	for _, p := range printers {
		p()
	}
}
