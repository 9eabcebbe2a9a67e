// Pointer-receiver method calls on a value loop variable take &v; here the
// method keeps the receiver in a package-level list.
package main

import "fmt"

type svc struct{ name string }

var started []*svc

func (s *svc) start() { started = append(started, s) }

func (s *svc) label() string { return "[" + s.name + "]" }

func main() {
	// want: go-loopvar-semantics-change s likely -- s.start() stores &s in started
	for _, s := range []svc{{"api"}, {"db"}} {
		s.start()
		fmt.Println(s.label())
	}
	for _, s := range started {
		fmt.Println("started", s.name)
	}
}
