// The address goes through a body-local variable that stays local.
package main

import "fmt"

type node struct{ val int }

func main() {
	total := 0
	// want: none -- p never leaves the iteration
	for _, nd := range []node{{1}, {2}, {3}} {
		p := &nd
		p.val *= 10
		total += p.val
	}
	fmt.Println(total)
}
