// Connections closed later through method values of a pointer-receiver
// Close on range variables of struct type.
// held-out: round 8, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

type conn struct{ addr string }

func (c *conn) Close() error {
	fmt.Println("closing", c.addr)
	return nil
}

func main() {
	conns := []conn{{"db:5432"}, {"cache:6379"}}
	var closers []func() error
	// want: go-loopvar-semantics-change c certain -- c.Close binds &c, called after the loop
	for _, c := range conns {
		closers = append(closers, c.Close)
	}
	for _, f := range closers {
		f()
	}
}
