// A per-iteration server object whose OnClose field is a closure over the
// loop variable; the servers are kept and closed after the loop.
// held-out: round 5, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

type server struct {
	addr    string
	OnClose func()
}

func main() {
	var servers []*server
	// want: go-loopvar-semantics-change port certain -- OnClose is called after the loop
	for _, port := range []int{8080, 8081} {
		srv := &server{addr: fmt.Sprint(":", port)}
		srv.OnClose = func() { fmt.Println("closed port", port) }
		servers = append(servers, srv)
	}
	for _, s := range servers {
		fmt.Print(s.addr, " ")
		s.OnClose()
	}
}
