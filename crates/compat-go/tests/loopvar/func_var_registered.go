// A callback kept in a local function variable of the body, then stored
// in a map of the function.
// held-out: round 6, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

func main() {
	onEvent := map[string]func() string{}
	// want: go-loopvar-semantics-change ev certain -- cb is stored in onEvent and called after the loop
	for _, ev := range []string{"open", "close"} {
		cb := func() string { return "handled " + ev }
		onEvent[ev] = cb
	}
	fmt.Println(onEvent["open"](), onEvent["close"]())
}
