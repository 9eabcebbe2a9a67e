// A map of handlers built in a loop.
package main

import (
	"fmt"
	"sort"
)

func main() {
	handlers := map[string]func() string{}
	// want: go-loopvar-semantics-change k certain -- closures stored in a map read k after the loop
	for k := range map[string]bool{"get": true, "put": true, "del": true} {
		handlers[k] = func() string { return "handled " + k }
	}
	var out []string
	for name, h := range handlers {
		out = append(out, name+"="+h())
	}
	sort.Strings(out)
	fmt.Println(out)
}
