// A helper of the same file only reads through the pointer.
package main

import "fmt"

type point struct{ x, y int }

func norm1(p *point) int {
	if p.x < 0 {
		return -p.x + p.y
	}
	return p.x + p.y
}

func main() {
	total := 0
	// want: none -- norm1 only dereferences its parameter
	for _, pt := range []point{{1, 2}, {-3, 4}} {
		total += norm1(&pt)
	}
	fmt.Println(total)
}
