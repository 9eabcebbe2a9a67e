// Pointer-receiver method calls that keep nothing.
package main

import "fmt"

type acc struct{ sum int }

func (a *acc) add(n int) { a.sum += n }

func main() {
	total := 0
	// want: none -- add only writes through its receiver
	for _, a := range []acc{{1}, {2}} {
		a.add(10)
		total += a.sum
	}
	fmt.Println(total)
}
