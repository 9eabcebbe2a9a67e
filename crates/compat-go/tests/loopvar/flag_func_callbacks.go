// Flags defined in a loop with flag.Func: the callbacks run at Parse,
// after the loop.
// held-out: round 5, written before compat ran on it; compat's first verdict: missed it (heap-alloc)
package main

import (
	"flag"
	"fmt"
)

func main() {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	vals := map[string]string{}
	// want: go-loopvar-semantics-change name likely -- fs.Func keeps the callback until Parse
	for _, name := range []string{"in", "out"} {
		fs.Func(name, "the "+name+" file", func(s string) error {
			vals[name] = s
			return nil
		})
	}
	if err := fs.Parse([]string{"-in", "a.txt", "-out", "b.txt"}); err != nil {
		panic(err)
	}
	fmt.Println(len(vals), vals["in"], vals["out"])
}
