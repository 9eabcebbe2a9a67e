// A closure kept in a body-local variable and called in the iteration.
package main

import "fmt"

func main() {
	total := 0
	// want: none -- f is local to the iteration and called in it
	for _, v := range []int{1, 2, 3} {
		f := func() int { return v * 2 }
		total += f()
		total += f()
	}
	fmt.Println(total)
}
