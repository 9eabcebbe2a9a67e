// A closure called on the spot.
package main

import "fmt"

func main() {
	sum := 0
	// want: none -- the closure runs within the iteration
	for _, v := range []int{1, 2, 3} {
		func() { sum += v }()
	}
	fmt.Println(sum)
}
