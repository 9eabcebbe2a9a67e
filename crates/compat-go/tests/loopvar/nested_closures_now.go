// Closures nested in closures, all called within the iteration.
package main

import "fmt"

func main() {
	total := 0
	// want: none -- every closure runs before the iteration ends
	for _, n := range []int{1, 2, 3} {
		func() {
			add := func() { total += n }
			add()
			func() { total += n * 10 }()
		}()
	}
	fmt.Println(total)
}
