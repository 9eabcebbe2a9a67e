// A method of a server type that builds its routing table from its own
// routes field.
// held-out: round 7, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

type route struct{ path, name string }

type server struct {
	routes []route
	table  map[string]func() string
}

func (s *server) build() {
	s.table = map[string]func() string{}
	// want: go-loopvar-semantics-change r certain -- the closures in s.table are called after the loop
	for _, r := range s.routes {
		s.table[r.path] = func() string { return "handler " + r.name }
	}
}

func main() {
	s := &server{routes: []route{{"/a", "alpha"}, {"/b", "beta"}}}
	s.build()
	fmt.Println(s.table["/a"](), s.table["/b"]())
}
