// Building a linked list from the addresses of the range variable.
// held-out: round 2, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

type node struct {
	val  int
	next *node
}

func main() {
	var head, tail *node
	// want: go-loopvar-semantics-change n likely -- head and tail keep &n across iterations
	for _, n := range []node{{val: 1}, {val: 2}, {val: 3}} {
		if head == nil {
			head = &n
		} else {
			tail.next = &n
		}
		tail = &n
	}
	steps := 0
	for p := head; p != nil && steps < 5; p = p.next {
		fmt.Print(p.val, " ")
		steps++
	}
	fmt.Println()
}
