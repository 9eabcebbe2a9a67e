// The address goes through a body-local variable before being stored.
package main

import "fmt"

type node struct{ val int }

func main() {
	var all []*node
	// want: go-loopvar-semantics-change nd certain -- p := &nd, then p is appended
	for _, nd := range []node{{1}, {2}, {3}} {
		p := &nd
		p.val *= 10
		all = append(all, p)
	}
	for _, p := range all {
		fmt.Print(p.val, " ")
	}
	fmt.Println()
}
