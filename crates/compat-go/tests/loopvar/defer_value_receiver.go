// Deferred calls of a value-receiver method of the loop variable: the
// receiver is copied when the defer statement runs.
// held-out: round 5, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

type conn struct{ addr string }

func (c conn) Close() { fmt.Println("close", c.addr) }

func dialAll(addrs []conn) {
	// want: none -- Close has a value receiver, evaluated at the defer
	for _, c := range addrs {
		defer c.Close()
	}
}

func main() {
	dialAll([]conn{{"a:1"}, {"b:2"}})
}
