// `defer v.M()` with a pointer receiver: &v is evaluated now, M runs at return.
package main

import "fmt"

type conn struct{ id int }

func (c *conn) close() { fmt.Println("close", c.id) }

func serve(conns []conn) {
	// want: go-loopvar-semantics-change c certain -- deferred c.close() gets &c
	for _, c := range conns {
		defer c.close()
	}
}

func main() {
	serve([]conn{{1}, {2}, {3}})
}
