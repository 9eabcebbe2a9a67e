// Hooks registered under the loop variable as key; the closures capture a
// variable declared outside the loop.
// held-out: round 8, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

func main() {
	hooks := map[string]func() string{}
	prefix := "hook"
	// want: none -- name is used only as the map key, when the loop runs
	for _, name := range []string{"a", "b", "c"} {
		hooks[name] = func() string { return prefix }
		prefix += "!"
	}
	for _, k := range []string{"a", "b", "c"} {
		fmt.Println(k, hooks[k]())
	}
}
