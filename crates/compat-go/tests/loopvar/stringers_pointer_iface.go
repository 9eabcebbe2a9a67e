// Points collected as fmt.Stringer through their address.
// held-out: round 8, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

type point struct{ x, y int }

func (p *point) String() string { return fmt.Sprintf("(%d,%d)", p.x, p.y) }

func main() {
	var items []fmt.Stringer
	// want: go-loopvar-semantics-change p certain -- items keeps &p
	for _, p := range []point{{1, 2}, {3, 4}} {
		items = append(items, &p)
	}
	fmt.Println(items)
}
