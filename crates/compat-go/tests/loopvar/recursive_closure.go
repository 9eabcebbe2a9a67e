// A recursive closure declared and run in each iteration.
// held-out: round 3, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

func main() {
	var out []int
	// want: none -- visit is local to the iteration and runs in it
	for _, root := range []int{2, 3} {
		var visit func(d int)
		visit = func(d int) {
			if d == 0 {
				out = append(out, root)
				return
			}
			visit(d - 1)
		}
		visit(root)
	}
	fmt.Println(out)
}
