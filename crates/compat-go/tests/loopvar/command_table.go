// A command table built in a loop: struct values holding closures over
// the loop variable, kept in a map.
// held-out: round 6, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

type command struct {
	help string
	run  func() string
}

func main() {
	cmds := map[string]command{}
	// want: go-loopvar-semantics-change verb certain -- the run closures are called after the loop
	for _, verb := range []string{"start", "stop"} {
		cmds[verb] = command{help: "the " + verb + " command", run: func() string { return "running " + verb }}
	}
	fmt.Println(cmds["start"].help, "/", cmds["start"].run())
	fmt.Println(cmds["stop"].help, "/", cmds["stop"].run())
}
