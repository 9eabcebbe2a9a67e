// Hooks appended to a slice field of a struct declared before the loop.
package main

import "fmt"

type server struct {
	hooks []func() string
}

func main() {
	var srv server
	// want: go-loopvar-semantics-change ev certain -- closures appended to srv.hooks
	for _, ev := range []string{"start", "stop"} {
		srv.hooks = append(srv.hooks, func() string { return "on " + ev })
	}
	for _, h := range srv.hooks {
		fmt.Println(h())
	}
}
